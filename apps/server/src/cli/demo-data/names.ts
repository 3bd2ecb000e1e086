/**
 * Name pools of the four markets Spilno starts in. Surnames are [masculine, feminine] where the
 * language inflects them (Ukrainian -ський/-ська, Russian -ов/-ова), so generated people read
 * as real ones and search tests see both forms. Shared by `seed --demo` and the benchmark's
 * data generator (bench/data), so both speak the same four languages from one copy.
 */
export type Lang = 'uk' | 'ru' | 'it' | 'en';
export type Gender = 'm' | 'f';
type Pool = { male: readonly string[]; female: readonly string[]; surnames: readonly (readonly [string, string])[] };

const same = (names: string): [string, string][] => names.split(' ').map((n) => [n, n]);
const pairs = (names: string): [string, string][] => names.split(' ').map((p) => p.split('/') as [string, string]);

export const POOLS: Record<Lang, Pool> = {
  uk: {
    male: 'Олександр Андрій Богдан Василь Віктор Віталій Володимир Дмитро Євген Іван Ігор Михайло Микола Назар Олег Петро Роман Сергій Тарас Юрій'.split(
      ' ',
    ),
    female:
      'Олена Оксана Ірина Наталія Тетяна Юлія Марія Галина Людмила Світлана Катерина Анна Вікторія Дарина Софія Ольга Христина Леся Богдана Зоряна'.split(
        ' ',
      ),
    surnames: [
      ...same(
        'Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Бойко Ткачук Мельник Савченко Руденко Лисенко Марченко Мороз Петренко Романюк Гуменюк Кравчук Павленко Гончаренко Литвиненко Онищенко Демченко Кушнір',
      ),
      ...pairs(
        'Ковальський/Ковальська Вишневський/Вишневська Ярошевський/Ярошевська Стрільчинський/Стрільчинська Заболотний/Заболотна Білий/Біла Гнатів/Гнатів Козак/Козак Симоненко/Симоненко Дорошенко/Дорошенко Левицький/Левицька Савицький/Савицька Лозинський/Лозинська Остапчук/Остапчук',
      ),
    ],
  },
  ru: {
    male: 'Александр Алексей Андрей Антон Артём Борис Вадим Валерий Григорий Денис Дмитрий Евгений Игорь Илья Кирилл Максим Николай Павел Сергей Юрий'.split(
      ' ',
    ),
    female:
      'Анастасия Анна Валентина Вера Галина Дарья Екатерина Елена Елизавета Ирина Людмила Марина Надежда Наталья Ольга Полина Светлана Татьяна Юлия Ксения'.split(
        ' ',
      ),
    surnames: pairs(
      'Иванов/Иванова Смирнов/Смирнова Кузнецов/Кузнецова Попов/Попова Васильев/Васильева Петров/Петрова Соколов/Соколова Михайлов/Михайлова Новиков/Новикова Фёдоров/Фёдорова Морозов/Морозова Волков/Волкова Алексеев/Алексеева Лебедев/Лебедева Семёнов/Семёнова Егоров/Егорова Павлов/Павлова Козлов/Козлова Степанов/Степанова Николаев/Николаева Орлов/Орлова Андреев/Андреева Макаров/Макарова Никитин/Никитина Захаров/Захарова Зайцев/Зайцева Соловьёв/Соловьёва Борисов/Борисова Яковлев/Яковлева Григорьев/Григорьева Романов/Романова Воробьёв/Воробьёва Сергеев/Сергеева Фомин/Фомина Ильин/Ильина Белов/Белова Тарасов/Тарасова Бельский/Бельская Вяземский/Вяземская Тихонов/Тихонова',
    ),
  },
  it: {
    male: 'Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Simone Federico Riccardo Stefano Paolo Giovanni Antonio Nicolò Fabio Emanuele Tommaso'.split(
      ' ',
    ),
    female:
      'Giulia Francesca Chiara Sara Martina Alessandra Valentina Elena Federica Silvia Laura Paola Anna Sofia Aurora Beatrice Elisa Ilaria Noemi Lucia'.split(
        ' ',
      ),
    surnames: same(
      'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D’Angelo Ferri',
    ).map(([m, f]) => [m.replace('_', ' '), f.replace('_', ' ')]),
  },
  en: {
    male: 'James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark Paul Steven Andrew Joshua Kevin Brian'.split(
      ' ',
    ),
    female:
      'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Emily Donna Michelle Olivia'.split(
        ' ',
      ),
    surnames: same(
      'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker',
    ),
  },
};

/** Most customers are Ukrainian-speaking, then Russian-speaking, Italian, English. */
export const LANG_WEIGHTS: Record<Lang, number> = { uk: 0.5, ru: 0.2, it: 0.2, en: 0.1 };

export const EMAIL_DOMAINS: Record<Lang, readonly string[]> = {
  uk: ['ukr.net', 'gmail.com', 'gmail.com', 'i.ua', 'meta.ua', 'outlook.com'],
  ru: ['gmail.com', 'ukr.net', 'mail.ru', 'yandex.ru', 'i.ua'],
  it: ['gmail.com', 'libero.it', 'libero.it', 'virgilio.it', 'hotmail.it', 'alice.it', 'tiscali.it'],
  en: ['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com'],
};

export const CITIES: Record<Lang, readonly string[]> = {
  uk: ['Київ', 'Львів', 'Одеса', 'Дніпро', 'Харків', 'Вінниця', 'Полтава', 'Чернівці', 'Ужгород', 'Житомир'],
  ru: ['Київ', 'Одеса', 'Харків', 'Дніпро', 'Запоріжжя', 'Миколаїв'],
  it: ['Roma', 'Milano', 'Napoli', 'Torino', 'Bologna', 'Firenze', 'Genova', 'Verona', 'Bari', 'Palermo'],
  en: ['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Dublin'],
};

export const POSITIONS: Record<Lang, readonly string[]> = {
  uk: ['Директор', 'Менеджер із закупівель', 'Бухгалтер', 'Власник', 'Керівник відділу продажів', 'Логіст', 'Адміністратор'],
  ru: ['Директор', 'Менеджер по закупкам', 'Бухгалтер', 'Владелец', 'Руководитель отдела продаж', 'Логист'],
  it: ['Direttore', 'Responsabile acquisti', 'Contabile', 'Titolare', 'Responsabile vendite', 'Amministratore'],
  en: ['Director', 'Purchasing manager', 'Accountant', 'Owner', 'Head of sales', 'Office manager'],
};
