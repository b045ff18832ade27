/**
 * The only module that reads the build-time environment.
 *
 * VITE_* values are compiled into the public bundle: they are configuration,
 * never secrets.
 */
import { schemaLimits } from './api/schema.gen';

/** Longest prompt the backend accepts, in Unicode code points (the schema's maxLength). */
export const MAX_PROMPT_CHARS: number = schemaLimits.promptMaxLength;

function normaliseBaseUrl(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw.trim().replace(/\/+$/, '');
}

/**
 * Origin of the API, without a trailing slash. Empty means "same origin":
 * requests use relative URLs (the dev server proxies them to the backend).
 */
export const API_BASE_URL: string = normaliseBaseUrl(import.meta.env.VITE_API_BASE_URL);

/** The backend's address in words, for error messages. */
export function describeApiBase(): string {
  if (API_BASE_URL) return API_BASE_URL;
  if (typeof window !== 'undefined' && window.location?.origin) return window.location.origin;
  return 'this site';
}
