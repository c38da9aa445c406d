// Diagrams for the lessons on this topic: export each one here.
export { DeploymentFlowDiagram } from './DeploymentFlowDiagram';
export { FitColumnsDiagram } from './FitColumnsDiagram';
export { ImagePipelineDiagram } from './ImagePipelineDiagram';
