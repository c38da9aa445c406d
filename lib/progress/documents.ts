import type { DocumentSpec } from '@/lib/storage/document';
import { quizProgressDocument } from '@/lib/quiz/storage';
import { lessonProgressDocument } from './lessons';

/**
 * Every document of progress the course keeps in the browser: the one list that export, import
 * and "reset everything" on the progress page go through. A feature that stores something new
 * (prediction reviews, drill scores, interview notes) writes a DocumentSpec and adds it here;
 * `documents.test.ts` checks that keys are unique and that each one survives an export.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of documents of different shapes
export const progressDocuments: readonly DocumentSpec<any>[] = [lessonProgressDocument, quizProgressDocument];
