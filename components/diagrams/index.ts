/**
 * Diagrams lessons may place inside <Figure>. Each is an accessible SVG (a title and a
 * description that says what the picture shows) drawn on the server: no client code.
 */
export { EventFlowDiagram } from './EventFlowDiagram';
export * from './execution';
export * from './scaling-cost';
export * from './workflows-data';
export * from './delivery-architecture';
export * from './beyond-function';
