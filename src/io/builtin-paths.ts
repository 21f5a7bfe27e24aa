import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root: two levels up from dist/io/ (and from src/io/ under the test runner). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILTIN_NORM = path.join(PACKAGE_ROOT, 'norm', 'noord-hollandse-norm.yaml');
export const BUILTIN_REGISTRY = path.join(PACKAGE_ROOT, 'norm', 'organisaties.yaml');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
