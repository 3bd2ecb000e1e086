import { idParams, page, product, productCreate, productImportResult, productListQuery, productUpdate } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { importProducts } from './products.import.ts';
import { createProduct, deleteProduct, getProduct, listProducts, updateProduct } from './products.service.ts';

export async function productsRoutes(app: App) {
  const tags = ['products'];
  const read = { ability: 'products.read' } as const;
  const write = { ability: 'products.write' } as const;
  app.get(
    '/api/v1/products',
    { config: read, schema: { tags, querystring: productListQuery, response: { 200: page(product) } } },
    (req) => listProducts(app.deps.db, req.query),
  );
  app.post(
    '/api/v1/products',
    { config: write, schema: { tags, body: productCreate, response: { 201: product } } },
    async (req, reply) => reply.code(201).send(await createProduct(ctxOf(req), req.body)),
  );
  // Multipart parsing is registered app-wide by the imports module, which shares its size limit.
  app.post(
    '/api/v1/products/import',
    { config: write, schema: { tags, consumes: ['multipart/form-data'], response: { 200: productImportResult } } },
    async (req) => {
      const file = req.isMultipart() ? await req.file() : undefined;
      if (!file) throw new AppError('invalid', 'Attach the CSV file to import.', [{ path: 'file', message: 'Required' }]);
      return importProducts(ctxOf(req), await file.toBuffer());
    },
  );
  app.get('/api/v1/products/:id', { config: read, schema: { tags, params: idParams, response: { 200: product } } }, (req) =>
    getProduct(app.deps.db, req.params.id),
  );
  app.patch(
    '/api/v1/products/:id',
    { config: write, schema: { tags, params: idParams, body: productUpdate, response: { 200: product } } },
    (req) => updateProduct(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/products/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteProduct(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
