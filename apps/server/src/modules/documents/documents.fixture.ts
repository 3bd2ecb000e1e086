import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

/** A 1×1 PNG: the smallest logo pdfkit and the settings schema both accept. */
export const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * For the documents tests: a company with requisites, a Ukrainian-speaking customer with a
 * Cyrillic name, two products (one with an Italian name) and an order by manager A.
 */
export async function documentsFixture() {
  const t: TestApp = await startTestApp();
  const admin: Caller = await registerAdmin(t.app);
  const managerA = await userWithRole(t.app, admin, 'manager');
  const managerB = await userWithRole(t.app, admin, 'manager');
  const settings = await admin.patch('/api/v1/settings', {
    companyName: 'Spilno',
    legalName: 'ТОВ «Спільно»',
    companyAddress: 'м. Київ, вул. Хрещатик, 1',
    taxId: '12345678',
    iban: 'UA213223130000026007233566001',
    bankName: 'АТ «Банк»',
    companyPhone: '+380441234567',
    companyEmail: 'office@spilno.example',
    companyLogo: LOGO,
    documentFooter: 'Дякуємо за співпрацю!',
  });
  if (settings.statusCode !== 200) throw new Error(settings.body);
  const contact = (
    await managerA.post('/api/v1/contacts', {
      firstName: 'Оксана',
      lastName: 'Коваль',
      emails: [{ value: 'oksana@example.com' }],
      preferences: { language: 'uk' },
    })
  ).json();
  const bread = (
    await admin.post('/api/v1/products', { sku: 'BREAD', name: 'Хліб житній', price: '19.99', costPrice: '12.10', vatRate: '20' })
  ).json();
  const coffee = (
    await admin.post('/api/v1/products', { sku: 'CAFFE', name: 'Caffè perché', price: '450', costPrice: '300', vatRate: '7' })
  ).json();
  const order = (
    await managerA.post('/api/v1/orders', {
      contactId: contact.id,
      items: [
        { productId: bread.id, quantity: '3' },
        { productId: coffee.id, quantity: '1', discount: '10' },
      ],
    })
  ).json();
  if (order.total !== '505.31') throw new Error(`unexpected order ${JSON.stringify(order)}`);
  return { t, admin, managerA, managerB, contact, bread, coffee, order };
}
