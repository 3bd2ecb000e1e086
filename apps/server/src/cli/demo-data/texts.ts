import type { Lang } from './names.ts';

/**
 * What a salesperson of each market writes on a timeline. Lists are `|`-separated so a locale
 * fits on one screen; call summaries are keyed by outcome so a "no answer" never reads "ordered".
 */
export type Texts = {
  call: Record<'answered' | 'no_answer' | 'callback' | 'ordered' | 'other', string[]>;
  notes: string[];
  /** Standing facts worth pinning to the top of the timeline. */
  pinned: string[];
  emails: string[];
  meetings: string[];
  sms: string[];
  /** Free-text preferences on the profile. */
  preferences: string[];
};

type Raw = Record<Exclude<keyof Texts, 'call'>, string> & { call: Record<keyof Texts['call'], string> };
const split = (s: string) => s.split('|');
const texts = (t: Raw): Texts => ({
  call: Object.fromEntries(Object.entries(t.call).map(([k, v]) => [k, split(v)])) as Texts['call'],
  notes: split(t.notes),
  pinned: split(t.pinned),
  emails: split(t.emails),
  meetings: split(t.meetings),
  sms: split(t.sms),
  preferences: split(t.preferences),
});

export const TEXTS: Record<Lang, Texts> = {
  uk: texts({
    call: {
      answered:
        'Обговорили асортимент на наступний місяць|Уточнили адресу доставки|Клієнт підтвердив оплату|Розповіли про нові позиції в каталозі|Погодили графік поставок',
      no_answer: 'Не відповідає|Не взяв слухавку, спробувати ввечері|Абонент поза зоною',
      callback: 'Просить передзвонити після 14:00|Зайнятий, передзвонити завтра|Передзвонити, коли повернеться з відпустки',
      ordered: 'Оформив замовлення, доставка в четвер|Замовив повторно ту саму партію|Зробив пробне замовлення',
      other: 'Залишив повідомлення на автовідповідачі|Не цікавить, постачальник уже є|Помилилися номером',
    },
    notes:
      'Надіслати прайс у понеділок|Клієнт задоволений доставкою|Потрібен рахунок з ПДВ|Цікавиться оптовими цінами|Просив зразки нової продукції|Скаржився на затримку доставки, вибачились|Планує розширення мережі восени',
    pinned:
      'Оплата лише безготівкова, рахунок на ТОВ|Персональна знижка 10% на все|Доставка тільки до 12:00, потім склад зачинено|Приймає рішення власник, не менеджер',
    emails:
      'Комерційна пропозиція|Рахунок на оплату|Підтвердження замовлення|Оновлений прайс-лист|Акт звірки за квартал|Договір поставки на підпис',
    meetings: 'Зустріч в офісі клієнта|Презентація нового асортименту|Дегустація в нашому цеху|Переговори щодо річного контракту',
    sms: 'Ваше замовлення відправлено|Нагадування про оплату|Кур’єр буде з 10:00 до 12:00|Дякуємо за замовлення!',
    preferences: 'Дзвонити після 14:00|Пише лише у Viber|Не телефонувати у вихідні|Надсилати рахунки на пошту бухгалтера',
  }),
  ru: texts({
    call: {
      answered:
        'Обсудили ассортимент на следующий месяц|Уточнили адрес доставки|Клиент подтвердил оплату|Рассказали о новинках каталога|Согласовали график поставок',
      no_answer: 'Не отвечает|Не взял трубку, попробовать вечером|Абонент вне зоны',
      callback: 'Просит перезвонить после 14:00|Занят, перезвонить завтра|Перезвонить после отпуска',
      ordered: 'Оформил заказ, доставка в четверг|Повторил прошлый заказ|Сделал пробный заказ',
      other: 'Оставили сообщение на автоответчике|Не интересно, поставщик уже есть|Ошиблись номером',
    },
    notes:
      'Отправить прайс в понедельник|Клиент доволен доставкой|Нужен счёт с НДС|Интересуется оптовыми ценами|Просил образцы новой продукции|Жаловался на задержку доставки, извинились|Планирует открыть ещё точку осенью',
    pinned:
      'Оплата только безналом, счёт на ООО|Персональная скидка 10% на всё|Доставка только до 12:00, потом склад закрыт|Решения принимает владелец, не менеджер',
    emails:
      'Коммерческое предложение|Счёт на оплату|Подтверждение заказа|Обновлённый прайс-лист|Акт сверки за квартал|Договор поставки на подпись',
    meetings: 'Встреча в офисе клиента|Презентация нового ассортимента|Дегустация в нашем цеху|Переговоры о годовом контракте',
    sms: 'Ваш заказ отправлен|Напоминание об оплате|Курьер будет с 10:00 до 12:00|Спасибо за заказ!',
    preferences: 'Звонить после 14:00|Пишет только в Viber|Не звонить в выходные|Счета отправлять бухгалтеру на почту',
  }),
  it: texts({
    call: {
      answered:
        'Discusso l’assortimento del mese prossimo|Confermato l’indirizzo di consegna|Il cliente ha confermato il pagamento|Presentate le novità del catalogo|Concordato il calendario delle consegne',
      no_answer: 'Non risponde|Non ha risposto, riprovare in serata|Telefono spento',
      callback: 'Chiede di richiamare dopo le 15|Occupato, richiamare domani|Richiamare al rientro dalle ferie',
      ordered: 'Ha fatto un ordine, consegna giovedì|Ha ripetuto l’ordine precedente|Ordine di prova',
      other: 'Lasciato un messaggio in segreteria|Non interessato, ha già un fornitore|Numero sbagliato',
    },
    notes:
      'Inviare il listino lunedì|Cliente soddisfatto della consegna|Serve fattura elettronica|Interessato ai prezzi all’ingrosso|Ha chiesto campioni dei nuovi prodotti|Si è lamentato del ritardo, ci siamo scusati|Pensa di aprire un secondo punto vendita in autunno',
    pinned:
      'Paga solo con bonifico, fattura alla società|Sconto personale del 10% su tutto|Consegne solo entro le 12, poi il magazzino chiude|Decide il titolare, non il responsabile',
    emails:
      'Offerta commerciale|Fattura|Conferma d’ordine|Listino prezzi aggiornato|Estratto conto del trimestre|Contratto di fornitura da firmare',
    meetings:
      'Incontro presso il cliente|Presentazione del nuovo catalogo|Degustazione in laboratorio|Trattativa per il contratto annuale',
    sms: 'Il tuo ordine è stato spedito|Promemoria pagamento|Il corriere passerà tra le 10 e le 12|Grazie per l’ordine!',
    preferences:
      'Chiamare dopo le 15|Scrive solo su WhatsApp|Non chiamare nel fine settimana|Fatture alla PEC dell’amministrazione',
  }),
  en: texts({
    call: {
      answered:
        'Went through next month’s range|Confirmed the delivery address|Customer confirmed the payment|Walked them through the new catalogue|Agreed the delivery schedule',
      no_answer: 'No answer|Didn’t pick up, try in the evening|Phone switched off',
      callback: 'Asked to call back after 3 pm|Busy, call back tomorrow|Call back after their holiday',
      ordered: 'Placed an order, delivery on Thursday|Repeated the last order|Placed a trial order',
      other: 'Left a voicemail|Not interested, already has a supplier|Wrong number',
    },
    notes:
      'Send the price list on Monday|Happy with the delivery|Needs a VAT invoice|Asking about wholesale prices|Asked for samples of the new range|Complained about a late delivery, apologised|Plans to open a second shop in the autumn',
    pinned:
      'Pays by bank transfer only, invoice the company|Personal 10% discount on everything|Deliveries before noon only, the warehouse closes after|The owner decides, not the manager',
    emails: 'Quote|Invoice|Order confirmation|Updated price list|Quarterly statement|Supply contract for signature',
    meetings: 'Meeting at the client’s office|New range presentation|Tasting at our bakery|Annual contract negotiation',
    sms: 'Your order has shipped|Payment reminder|The courier will come between 10 and 12|Thanks for your order!',
    preferences: 'Call after 3 pm|Prefers WhatsApp|No calls at weekends|Send invoices to accounts by email',
  }),
};
