// Diagrams for the lessons on this topic: export each one here.
export { OrderStateMachineDiagram } from './OrderStateMachineDiagram';
export { AsyncFailureDiagram } from './AsyncFailureDiagram';
export { DataAccessPatternsDiagram } from './DataAccessPatternsDiagram';
export { TracePropagationDiagram } from './TracePropagationDiagram';
export { TimeoutBudgetDiagram } from './TimeoutBudgetDiagram';
