import { basicsTerms } from './basics';
import { beyondFunctionTerms } from './beyond-function';
import { deliveryArchitectureTerms } from './delivery-architecture';
import { executionTerms } from './execution';
import { scalingCostTerms } from './scaling-cost';
import type { GlossaryTerm } from './types';
import { workflowsDataTerms } from './workflows-data';

export type { GlossaryTerm } from './types';

/** The course glossary: every term the lessons use, with the lesson that teaches it. */
export const glossary: GlossaryTerm[] = [...basicsTerms, ...executionTerms, ...scalingCostTerms, ...workflowsDataTerms, ...deliveryArchitectureTerms, ...beyondFunctionTerms];
