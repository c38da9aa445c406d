// Diagrams for the lessons on the services around Lambda (11, 13 and 14): export each one here.
export { ThrottleLayersDiagram } from './ThrottleLayersDiagram';
export { OutboxDiagram } from './OutboxDiagram';
export { ActiveActiveDiagram } from './ActiveActiveDiagram';
export { StranglerFigDiagram } from './StranglerFigDiagram';
export { CanaryDeploymentDiagram } from './CanaryDeploymentDiagram';
