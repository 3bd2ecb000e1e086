import type { Page, Product, ProductImportResult, productCreate, productUpdate } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export const productsKey = ['products'] as const;
export type ProductFilters = { q?: string; active?: 'true' | 'false' };
export type ProductCreate = z.input<typeof productCreate>;
export type ProductUpdate = z.input<typeof productUpdate>;

export function useProductList(filters: ProductFilters) {
  return useCursorList<Product>([...productsKey, 'list'], '/products', filters);
}

/** Active products matching what was typed, for pickers. */
export function useProductSearch(q: string) {
  return useQuery({
    queryKey: [...productsKey, 'search', q],
    queryFn: () => api<Page<Product>>('/products', { query: { q: q || undefined, active: 'true', limit: 20 } }),
    select: (page) => page.items,
    placeholderData: (previous) => previous,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: productsKey });
}

export function useCreateProduct() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ProductCreate) => api<Product>('/products', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateProduct() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ProductUpdate }) =>
      api<Product>(`/products/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeleteProduct() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>(`/products/${id}`, { method: 'DELETE' }), onSuccess: invalidate });
}

/** Uploads a price list; all rows are imported or none (a 400 lists every bad cell). */
export function useImportProducts() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return api<ProductImportResult>('/products/import', { method: 'POST', body });
    },
    onSuccess: invalidate,
  });
}
