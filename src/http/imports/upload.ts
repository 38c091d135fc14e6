/**
 * Reads an import's multipart request: the file is streamed to a folder of its own in the system's
 * temporary directory (hashing it on the way, so a confirmed import can be matched to its preview)
 * and the form fields are checked. The folder is removed by `discard`, whatever happened.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { UserError } from '../../domain/errors.js';
import { formatBytes } from '../../app/import/limits.js';
import { ImportFieldsSchema, WEB_IMPORT_BYTES } from './schema.js';

export interface Upload {
  path: string;
  /** The name the person's computer gave the file, without any folder. */
  fileName: string;
  sha256: string;
  bytes: number;
  fields: z.infer<typeof ImportFieldsSchema>;
  discard: () => Promise<void>;
}

const TOO_LARGE = `The file is larger than ${formatBytes(WEB_IMPORT_BYTES)}, the most the web import takes: split it, or import it with the command golden-thread import`;

function tooLarge(): Error {
  return Object.assign(new Error(TOO_LARGE), { statusCode: 413 });
}

/** 413s from the multipart reader (a file, or too many parts) in words. */
function multipartLimit(error: unknown): Error | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (code === 'FST_FILES_LIMIT') return new UserError('invalid-input', 'file: send one file at a time');
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new UserError(
      'invalid-input',
      'Too many form fields: send file, profile, dryRun and previewToken only',
    );
  }
  return null;
}

/** A name safe to keep on disk that still ends as the person's file does, which says how to read it. */
function diskName(fileName: string): string {
  const extension = extname(fileName).toLowerCase();
  return `upload${/^\.[a-z0-9]{1,8}$/.test(extension) ? extension : ''}`;
}

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new UserError(
      'invalid-input',
      'Send the file as multipart/form-data: a "file" part, with "profile" and "dryRun" fields if wanted',
    );
  }
  const folder = await mkdtemp(join(tmpdir(), 'golden-thread-import-'));
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    const fields: Record<string, string> = {};
    let file: Omit<Upload, 'fields' | 'discard'> | null = null;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname in fields)
          throw new UserError('invalid-input', `${part.fieldname}: must be given once`);
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file') {
        throw new UserError(
          'invalid-input',
          `${part.fieldname}: is not a field of an import; send the file as "file"`,
        );
      }
      const fileName = basename(part.filename.replace(/\\/g, '/')).trim();
      if (!fileName)
        throw new UserError('invalid-input', 'file: the file has no name; expected e.g. figures.csv');
      const path = join(folder, diskName(fileName));
      const hash = createHash('sha256');
      let bytes = 0;
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(part.file, count, createWriteStream(path));
      if (part.file.truncated) throw tooLarge();
      file = { path, fileName, sha256: hash.digest('hex'), bytes };
    }
    if (!file) throw new UserError('invalid-input', 'file: is required, a .csv or .xlsx file of figures');
    const parsed = ImportFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.join('.');
      throw new UserError('invalid-input', `${field}: ${issue.message}`);
    }
    return { ...file, fields: parsed.data, discard };
  } catch (error) {
    await discard();
    throw multipartLimit(error) ?? error;
  }
}
