import { describe, expect, it } from 'vitest';
import { guessMapping } from './headers.ts';
import { mapRow, parseBirthday } from './mapper.ts';

const fields = (m: ReturnType<typeof guessMapping>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.field]));

describe('header recognition', () => {
  it('Google Contacts, the older layout', () => {
    const cols = [
      'Name',
      'Given Name',
      'Family Name',
      'Group Membership',
      'Phone 1 - Type',
      'Phone 1 - Value',
      'E-mail 1 - Type',
      'E-mail 1 - Value',
      'Organization 1 - Name',
      'Organization 1 - Title',
      'Address 1 - City',
      'Birthday',
      'Notes',
    ];
    const m = guessMapping('contacts', cols);
    expect(fields(m)).toMatchObject({
      Name: 'fullName',
      'Given Name': 'firstName',
      'Family Name': 'lastName',
      'Group Membership': 'tags',
      'Phone 1 - Type': 'ignore',
      'Phone 1 - Value': 'phone',
      'E-mail 1 - Value': 'email',
      'Organization 1 - Name': 'company',
      'Organization 1 - Title': 'position',
      'Address 1 - City': 'city',
      Birthday: 'birthday',
      Notes: 'notes',
    });
    expect(m['Phone 1 - Value']?.labelColumn).toBe('Phone 1 - Type');
    expect(m['E-mail 1 - Value']?.labelColumn).toBe('E-mail 1 - Type');
  });

  it('Google Contacts, the newer layout', () => {
    const m = guessMapping('contacts', [
      'First Name',
      'Last Name',
      'Phone 1 - Label',
      'Phone 1 - Value',
      'Organization Name',
      'Organization Title',
      'Labels',
    ]);
    expect(fields(m)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Phone 1 - Label': 'ignore',
      'Phone 1 - Value': 'phone',
      'Organization Name': 'company',
      'Organization Title': 'position',
      Labels: 'tags',
    });
    expect(m['Phone 1 - Value']?.labelColumn).toBe('Phone 1 - Label');
  });

  it('Outlook', () => {
    const m = guessMapping('contacts', [
      'Title',
      'First Name',
      'Last Name',
      'Company',
      'Job Title',
      'Business Street',
      'Business Country/Region',
      'Business Phone',
      'Home Phone',
      'Mobile Phone',
      'E-mail Address',
      'E-mail 2 Address',
      'Categories',
    ]);
    expect(fields(m)).toEqual({
      Title: 'ignore',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Company: 'company',
      'Job Title': 'position',
      'Business Street': 'street',
      'Business Country/Region': 'country',
      'Business Phone': 'phone',
      'Home Phone': 'phone',
      'Mobile Phone': 'phone',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      Categories: 'tags',
    });
    expect([m['Business Phone']?.label, m['Home Phone']?.label, m['Mobile Phone']?.label]).toEqual(['work', 'home', 'mobile']);
  });

  it('HubSpot', () => {
    const m = guessMapping('contacts', [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Company Name',
      'Job Title',
      'Lifecycle Stage',
      'State/Region',
      'Postal Code',
    ]);
    expect(fields(m)).toEqual({
      'Record ID': 'ignore',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'phone',
      'Company Name': 'company',
      'Job Title': 'position',
      'Lifecycle Stage': 'tags',
      'State/Region': 'region',
      'Postal Code': 'postalCode',
    });
  });

  it('Ukrainian, Russian and Italian headers', () => {
    expect(fields(guessMapping('contacts', ['Ім’я', 'Прізвище', 'Телефон', 'Ел. пошта', 'Посада']))).toEqual({
      'Ім’я': 'firstName',
      Прізвище: 'lastName',
      Телефон: 'phone',
      'Ел. пошта': 'email',
      Посада: 'position',
    });
    expect(Object.values(fields(guessMapping('contacts', ['Имя', 'Фамилия', 'Телефон', 'Email', 'Компания'])))).toEqual([
      'firstName',
      'lastName',
      'phone',
      'email',
      'company',
    ]);
    expect(
      Object.values(fields(guessMapping('contacts', ['Nome', 'Cognome', 'Telefono', 'Cellulare', 'Azienda', 'Città']))),
    ).toEqual(['firstName', 'lastName', 'phone', 'phone', 'company', 'city']);
  });

  it('company files map Name to the company name', () => {
    expect(fields(guessMapping('companies', ['Name', 'Industry', 'Website', 'Phone']))).toEqual({
      Name: 'name',
      Industry: 'industry',
      Website: 'website',
      Phone: 'phone',
    });
  });
});

describe('row mapping', () => {
  const columns = ['Name', 'Phone 1 - Type', 'Phone 1 - Value', 'E-mail 1 - Value', 'Group Membership', 'Birthday'];
  const mapping = guessMapping('contacts', columns);

  it('splits names, phones (E.164, label from the sibling column), emails and tags', () => {
    const m = mapRow(
      columns,
      [
        'Петренко Іван Іванович',
        '* Mobile',
        "'+380991524482 ::: 067 111 22 33",
        'IVAN@Example.com',
        '* myContacts ::: Wholesale',
        '15.02.1990',
      ],
      mapping,
      'UA',
    );
    expect(m).toMatchObject({ firstName: 'Іван', lastName: 'Петренко', birthday: '1990-02-15', tags: ['wholesale'], errors: [] });
    expect(m.phones).toEqual([
      { value: '+380991524482', label: 'mobile' },
      { value: '+380671112233', label: 'mobile' },
    ]);
    expect(m.emails).toEqual([{ value: 'ivan@example.com', label: 'other' }]);
  });

  it('reports each bad value', () => {
    const m = mapRow(columns, ['Ivan Petrenko', '', '12', 'nope@', '', '31.02.1990'], mapping, 'UA');
    expect(m.errors.map((e) => e.field)).toEqual(['phone', 'email', 'birthday']);
    expect([m.firstName, m.lastName]).toEqual(['Ivan', 'Petrenko']);
  });

  it('reads birthdays in the usual spellings', () => {
    expect(['1990-02-15', '15.02.1990', '2/15/1990', '15/2/1990', '0/0/00', ''].map(parseBirthday)).toEqual([
      '1990-02-15',
      '1990-02-15',
      '1990-02-15',
      '1990-02-15',
      null,
      null,
    ]);
  });
});
