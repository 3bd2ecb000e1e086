import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/** The few bits of form state every Spilno form needs: values, per-field errors, a setter. */
export function useFormState<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key as string]: _, ...rest } = e;
      return rest;
    });
  }, []);
  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
  }, []);
  return { values, errors, set, setErrors, reset };
}

/** Input props for a text field bound to form state: value, onChange and its error. */
export function bindText<T extends Record<string, unknown>>(
  form: { values: T; errors: FieldErrors; set: <K extends keyof T>(key: K, value: T[K]) => void },
  key: keyof T & string,
) {
  return {
    value: String(form.values[key] ?? ''),
    onChange: (e: { currentTarget: { value: string } }) => form.set(key, e.currentTarget.value as T[typeof key]),
    error: form.errors[key],
  };
}

/** A cheap shape check for pages that do without zod; the server validates properly. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/**
 * Checks values against the same zod schema the server uses and returns translated messages
 * by field, or null when the values pass.
 */
export function validate(schema: z.ZodType, values: Record<string, unknown>, t: TFunction): FieldErrors | null {
  const result = schema.safeParse(values);
  if (result.success) return null;
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (path in errors) continue;
    const raw = values[path];
    if (raw === '' || raw === undefined || raw === null) {
      errors[path] = t('validation.required');
      continue;
    }
    switch (issue.code) {
      case 'too_small':
        errors[path] = t('validation.tooShort', { count: Number(issue.minimum) });
        break;
      case 'too_big':
        errors[path] = t('validation.tooLong', { count: Number(issue.maximum) });
        break;
      case 'invalid_format':
        errors[path] = issue.format === 'email' ? t('validation.email') : t('validation.invalid');
        break;
      default:
        errors[path] = t('validation.invalid');
    }
  }
  return errors;
}
