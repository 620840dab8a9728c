/**
 * The offline edition's worker thread: makes the copy and its zip from the snapshot it is given
 * (edition.ts) and sends the zip back. Started by `startEdition` (edition-thread.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makeEdition, type EditionInput } from './edition';

const edition = makeEdition(workerData as EditionInput);
parentPort!.postMessage(edition, [edition.zip.buffer as ArrayBuffer]);
