/**
 * Import profiles by name: the built-in ones (in code) and those the council saved (in the
 * database, as the JSON someone wrote, which may extend another profile by name).
 */
import type { Kysely } from 'kysely';
import { UserError } from '../../domain/errors.js';
import {
  BUILT_IN_PROFILES,
  builtInProfile,
  parseImportProfile,
  PROFILE_NAME,
  type ImportProfile,
} from '../../domain/import/index.js';
import type { Database } from '../../store/database.js';
import { getImportProfile, listImportProfiles, saveImportProfile } from '../../store/imports.js';

export interface ProfileListing {
  name: string;
  description: string;
  builtIn: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

function extendsName(definition: unknown): string | null {
  if (typeof definition !== 'object' || definition === null || !('extends' in definition)) return null;
  const name = (definition as { extends: unknown }).extends;
  return typeof name === 'string' ? name : null;
}

async function resolve(db: Kysely<Database>, name: string, chain: string[]): Promise<ImportProfile> {
  const builtIn = builtInProfile(name);
  if (builtIn) return builtIn;
  const saved = await getImportProfile(db, name);
  if (!saved) {
    const known = [
      ...BUILT_IN_PROFILES.map((p) => p.name),
      ...(await listImportProfiles(db)).map((p) => p.name),
    ];
    const from = chain.length > 0 ? ` (extended by "${chain.at(-1)}")` : '';
    throw new UserError(
      'not-found',
      `There is no import profile "${name}"${from}: choose one of ${known.join(', ')}`,
    );
  }
  return parseSaved(db, name, saved.definition, chain);
}

async function parseSaved(db: Kysely<Database>, name: string, definition: unknown, chain: string[]) {
  const base = extendsName(definition);
  if (base !== null && [...chain, name].includes(base)) {
    throw new UserError(
      'invalid-input',
      `Import profile "${name}" extends itself through ${[...chain, name, base].join(' → ')}`,
    );
  }
  const parsed = parseImportProfile(
    definition,
    base === null ? undefined : await resolve(db, base, [...chain, name]),
  );
  if (!parsed.profile) {
    throw new UserError(
      'invalid-input',
      `Import profile "${name}" is not valid:\n  ${parsed.errors.join('\n  ')}`,
    );
  }
  return parsed.profile;
}

/** The profile of that name, with everything it extends filled in. */
export function resolveImportProfile(db: Kysely<Database>, name: string): Promise<ImportProfile> {
  return resolve(db, name, []);
}

export async function listAllImportProfiles(db: Kysely<Database>): Promise<ProfileListing[]> {
  const saved = await listImportProfiles(db);
  return [
    ...BUILT_IN_PROFILES.map((p) => ({
      name: p.name,
      description: p.description,
      builtIn: true,
      updatedBy: null,
      updatedAt: null,
    })),
    ...saved.map((s) => {
      const description = (s.definition as { description?: unknown }).description;
      return {
        name: s.name,
        description: typeof description === 'string' ? description : '',
        builtIn: false,
        updatedBy: s.updatedBy,
        updatedAt: s.updatedAt,
      };
    }),
  ];
}

/**
 * Checks a profile someone wrote and saves it under `name`. Every mistake is listed at once; a
 * built-in profile's name cannot be taken (extend it instead).
 */
export async function saveImportProfileJson(
  db: Kysely<Database>,
  name: string,
  json: unknown,
  change: { by: string; at: string },
): Promise<{ outcome: 'created' | 'updated'; profile: ImportProfile }> {
  if (!PROFILE_NAME.test(name)) {
    throw new UserError(
      'invalid-input',
      `"${name}" cannot name a profile: use 1–40 lower-case letters, digits or hyphens`,
    );
  }
  if (builtInProfile(name)) {
    throw new UserError(
      'refused',
      `"${name}" is a built-in profile and cannot be replaced: save yours under another name with "extends": "${name}"`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UserError('invalid-input', 'An import profile must be a JSON object');
  }
  const written = json as Record<string, unknown>;
  if (written.name !== undefined && written.name !== name) {
    throw new UserError(
      'invalid-input',
      `The file names the profile "${String(written.name)}", not "${name}"`,
    );
  }
  const definition = { ...written, name };
  const profile = await parseSaved(db, name, definition, []);
  const outcome = await saveImportProfile(db, name, definition, change);
  return { outcome, profile };
}
