// Diagrams for the lessons on this topic: export each one here.
export { ExecutionLifecycleDiagram } from './ExecutionLifecycleDiagram';
export { InvocationPatternsDiagram } from './InvocationPatternsDiagram';
export { OrchestrationChoreographyDiagram } from './OrchestrationChoreographyDiagram';
export { ColdWarmTimelineDiagram } from './ColdWarmTimelineDiagram';
