// Reads an upload: a `text/plain` body, or a multipart form with a file and/or a pasted-text field.
// Sizes are capped by the app's bodyLimit (text) and multipart limits (files, fields): beyond the
// cap the client gets 413, and nothing is stored.
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

export interface Upload {
  bytes: Uint8Array;
  /** The client's file name ("digest-2023-10-04.txt"), or a default for pasted text. */
  name: string;
  /** Plain form fields sent alongside (the form token, for instance). */
  fields: Record<string, string>;
}

const PASTED = 'pasted.txt';

export async function readUpload(request: FastifyRequest, nameHint?: string): Promise<Upload> {
  if (request.isMultipart()) return readMultipart(request);
  const body = request.body;
  if (typeof body === 'string')
    return { bytes: Buffer.from(body, 'utf8'), name: nameHint ?? PASTED, fields: {} };
  if (Buffer.isBuffer(body)) return { bytes: body, name: nameHint ?? PASTED, fields: {} };
  throw new HttpError(415, 'send the digest as text/plain or as a multipart file', 'E_BAD_ARGUMENT');
}

/** The first non-empty file wins; else the "text" field (the form's paste box). */
async function readMultipart(request: FastifyRequest): Promise<Upload> {
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; name: string } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      // toBuffer() throws a 413 error once the file passes the multipart fileSize limit.
      const bytes = await part.toBuffer();
      if (!file && bytes.length > 0) file = { bytes, name: part.filename || PASTED };
    } else {
      if (part.valueTruncated)
        throw new HttpError(413, 'the pasted text is over the upload limit', 'E_TOO_LARGE');
      fields[part.fieldname] = String(part.value ?? '');
    }
  }
  if (file) return { ...file, fields };
  const text = fields.text ?? '';
  return { bytes: Buffer.from(text, 'utf8'), name: fields.name || PASTED, fields };
}
