import type { Metadata } from 'next';
import { SimulatorList } from '@/components/home/SimulatorList';
import styles from '@/components/home/Home.module.css';
import { simulatorCatalog } from '@/lib/simulators/catalog';

export const metadata: Metadata = {
  title: 'Simulators',
  description: 'Interactive simulators of serverless platforms: change the workload and see what the platform does.',
};

export default function SimulatorsPage() {
  return (
    <div className={styles.page}>
      <h1>Simulators</h1>
      <p>Each simulator runs a small model of the platform in your browser. Every scenario is a link: change it, copy it, share it.</p>
      <SimulatorList simulators={simulatorCatalog} headingLevel={2} />
    </div>
  );
}
