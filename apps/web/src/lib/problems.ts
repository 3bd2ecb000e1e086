import { notifications } from '@mantine/notifications';
import i18n, { type TFunction } from 'i18next';
import { ApiError } from './api.ts';
import type { FieldErrors } from './form.ts';

/** The sentence to show for a failed request: the server's detail, else a translated fallback. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.status === 0) return t('errors.network');
  return error.problem.detail ?? error.problem.title ?? t('errors.unexpected');
}

const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

export function notifyError(error: unknown, t: TFunction): void {
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: problemMessage(error, t),
    closeButtonProps: closeButtonProps(),
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: closeButtonProps() });
}

/**
 * Puts per-field errors from a 400 under their inputs (only for fields the form shows) and
 * notifies the rest. Returns the field errors so the form can display them.
 */
export function handleFormError(error: unknown, t: TFunction, fields: readonly string[]): FieldErrors {
  const byField = error instanceof ApiError ? error.fieldErrors() : {};
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(byField)) if (fields.includes(path)) shown[path] = message;
  if (Object.keys(shown).length === 0 || Object.keys(shown).length < Object.keys(byField).length) notifyError(error, t);
  return shown;
}

/** Field errors of a 400 by path, for a form to show under its inputs; anything else is notified. */
export function fieldErrorsOrNotify(error: unknown, t: TFunction): FieldErrors {
  const byField = error instanceof ApiError ? error.fieldErrors() : {};
  if (Object.keys(byField).length === 0) notifyError(error, t);
  return byField;
}
