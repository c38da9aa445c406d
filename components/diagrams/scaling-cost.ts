// Diagrams for the lessons on this topic: export each one here.
export { ScalingRateDiagram } from './ScalingRateDiagram';
export { AsyncJobDiagram } from './AsyncJobDiagram';
export { CostCrossoverDiagram } from './CostCrossoverDiagram';
