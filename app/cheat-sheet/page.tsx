import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/home/Home.module.css';
import { Table } from '@/components/mdx/Table';
import { cheatSheet } from '@/content/cheat-sheet';
import { facts } from '@/lib/data/facts';

export const metadata: Metadata = {
  title: 'Cheat sheet',
  description: 'The numbers, limits and rules of thumb of AWS Lambda and serverless on one printable page, each with its source and date.',
};

const date = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const sectionId = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export default function CheatSheetPage() {
  return (
    <div className={styles.page}>
      <h1>Cheat sheet</h1>
      <p>
        The course&rsquo;s numbers and rules of thumb on one page. Each figure names the page it comes from and the day it was checked, and
        links to the lesson that explains it. Print it: the page is laid out for paper.
      </p>
      {cheatSheet.map((section) => (
        <section key={section.title} aria-labelledby={sectionId(section.title)}>
          <h2 id={sectionId(section.title)}>{section.title}</h2>
          <p>{section.intro}</p>
          {section.rules ? (
            <ul>
              {section.rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          ) : null}
          <Table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Figure</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map(({ label, fact: id, lesson }) => {
                const { fact, text } = facts[id];
                return (
                  <tr key={id}>
                    <th scope="row">
                      <Link href={`/lessons/${lesson}`}>{label}</Link>
                    </th>
                    <td>{text}</td>
                    <td>
                      <a href={fact.source.url}>{fact.source.title}</a>, checked {date(fact.asOf)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </section>
      ))}
    </div>
  );
}
