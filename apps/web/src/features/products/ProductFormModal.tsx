import { Button, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { Product } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { bindText, useFormState } from '../../lib/form.ts';
import { handleFormError, notifyError, notifySuccess } from '../../lib/problems.ts';
import { useSettings } from '../settings/settings.api.ts';
import { createBody, PRODUCT_FIELDS, productFormValues, updatePatch } from './productForm.ts';
import { useCreateProduct, useDeleteProduct, useUpdateProduct } from './products.api.ts';

/** Adds a product or edits one (and deletes it, when no longer sold and never used). */
export function ProductFormModal({ product, onClose }: { product?: Product; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const remove = useDeleteProduct();
  const [deleting, setDeleting] = useState(false);
  const form = useFormState(productFormValues(product, settings.data?.defaultCurrency ?? 'UAH'));

  const failed = (error: unknown) => form.setErrors(handleFormError(error, t, PRODUCT_FIELDS));
  const done = (p: Product) => {
    notifySuccess(t(product ? 'products.saved' : 'products.created', { name: p.name }));
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing = (['sku', 'name', 'price'] as const).filter((k) => !form.values[k].trim());
    if (missing.length) return form.setErrors(Object.fromEntries(missing.map((k) => [k, t('validation.required')])));
    if (!product) return create.mutate(createBody(form.values), { onSuccess: done, onError: failed });
    const patch = updatePatch(form.values, product);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: product.id, patch }, { onSuccess: done, onError: failed });
  };
  const destroy = () =>
    product &&
    remove.mutate(product.id, {
      onSuccess: () => {
        notifySuccess(t('products.deleted', { name: product.name }));
        onClose();
      },
      onError: (e) => notifyError(e, t),
    });

  return (
    <AppModal opened onClose={onClose} title={product ? t('products.editTitle') : t('products.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('products.fields.sku')} required data-autofocus {...bindText(form, 'sku')} />
            <TextInput label={t('products.fields.name')} required {...bindText(form, 'name')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            <TextInput label={t('products.fields.price')} required inputMode="decimal" {...bindText(form, 'price')} />
            <TextInput label={t('products.fields.costPrice')} inputMode="decimal" {...bindText(form, 'costPrice')} />
            <TextInput label={t('products.fields.currency')} maxLength={3} {...bindText(form, 'currency')} />
            <TextInput label={t('products.fields.unit')} {...bindText(form, 'unit')} />
            <TextInput label={t('products.fields.vatRate')} inputMode="decimal" rightSection="%" {...bindText(form, 'vatRate')} />
          </SimpleGrid>
          <Switch
            label={t('products.activeHint')}
            checked={form.values.active}
            onChange={(e) => form.set('active', e.currentTarget.checked)}
          />
          <Group justify="space-between" mt="sm">
            {product ? (
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                {t('common.delete')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                {product ? t('common.save') : t('products.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={deleting}
        title={t('products.deleteTitle')}
        message={t('products.deleteText', { name: product?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </AppModal>
  );
}
