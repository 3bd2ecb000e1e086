import type { Ability } from '@spilno/schema';
import {
  type Icon,
  IconAddressBook,
  IconBellRinging,
  IconBuildingSkyscraper,
  IconBuildingStore,
  IconCalendar,
  IconChartBar,
  IconCoin,
  IconForms,
  IconHeadset,
  IconHistory,
  IconListCheck,
  IconListDetails,
  IconMail,
  IconMessages,
  IconPackage,
  IconSettings,
  IconShoppingCart,
  IconSpeakerphone,
  IconStatusChange,
  IconTargetArrow,
  IconTimeline,
  IconUsers,
} from '@tabler/icons-react';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

type Page = LazyExoticComponent<ComponentType>;

export type ModuleSection = {
  /** Also the i18n key under `settings.sections`. */
  key: 'users' | 'loginHistory' | 'auditLog' | 'company' | 'pipelines' | 'products' | 'orderStatuses' | 'followUps' | 'webForms';
  path: string;
  icon: Icon;
  ability: Ability;
  page: Page;
};

export type AppModule = {
  /** Also the i18n key under `modules`. */
  key:
    | 'leads'
    | 'deals'
    | 'orders'
    | 'contacts'
    | 'companies'
    | 'tasks'
    | 'calendar'
    | 'marketing'
    | 'support'
    | 'chat'
    | 'mail'
    | 'analytics'
    | 'settings';
  path: string;
  icon: Icon;
  /** A role that has any of these may use the module. */
  abilities: readonly Ability[];
  built: boolean;
  /** The module's page; for a module with sections, the frame around them. */
  page?: Page;
  sections?: readonly ModuleSection[];
  /** Pages below the module's own (`:id`, `duplicates`), under the same role check. */
  subpages?: readonly { path: string; page: Page }[];
};

/**
 * Every module in sidebar order. To ship a module, set `built: true` and give it a `page`;
 * the sidebar, the routes and the home page all read this list. Plain data on purpose: the
 * role checks live in access.tsx, outside the sign-in page's bundle.
 */
export const MODULES: readonly AppModule[] = [
  {
    key: 'leads',
    path: '/leads',
    icon: IconTargetArrow,
    abilities: ['leads.read.own'],
    built: true,
    page: lazy(() => import('../features/leads/LeadsPage.tsx')),
    subpages: [{ path: ':id', page: lazy(() => import('../features/leads/LeadPage.tsx')) }],
  },
  {
    key: 'deals',
    path: '/deals',
    icon: IconCoin,
    abilities: ['deals.read.own'],
    built: true,
    page: lazy(() => import('../features/deals/DealsPage.tsx')),
    subpages: [
      { path: 'forecast', page: lazy(() => import('../features/deals/ForecastPage.tsx')) },
      { path: ':id', page: lazy(() => import('../features/deals/DealPage.tsx')) },
    ],
  },
  {
    key: 'orders',
    path: '/orders',
    icon: IconShoppingCart,
    abilities: ['orders.read.own', 'orders.read.all'],
    built: true,
    page: lazy(() => import('../features/orders/OrdersPage.tsx')),
    subpages: [
      { path: 'new', page: lazy(() => import('../features/orders/NewOrderPage.tsx')) },
      { path: ':id', page: lazy(() => import('../features/orders/OrderPage.tsx')) },
    ],
  },
  {
    key: 'contacts',
    path: '/contacts',
    icon: IconAddressBook,
    abilities: ['contacts.read.own', 'contacts.read.all'],
    built: true,
    page: lazy(() => import('../features/contacts/ContactsPage.tsx')),
    subpages: [
      { path: 'duplicates', page: lazy(() => import('../features/contacts/DuplicatesPage.tsx')) },
      { path: 'import', page: lazy(() => import('../features/imports/ImportPage.tsx')) },
      { path: 'imports', page: lazy(() => import('../features/imports/ImportHistoryPage.tsx')) },
      { path: 'imports/:id', page: lazy(() => import('../features/imports/ImportResultPage.tsx')) },
      { path: ':id', page: lazy(() => import('../features/contacts/ContactPage.tsx')) },
    ],
  },
  {
    key: 'companies',
    path: '/companies',
    icon: IconBuildingSkyscraper,
    abilities: ['companies.read.own', 'companies.read.all'],
    built: true,
    page: lazy(() => import('../features/companies/CompaniesPage.tsx')),
    subpages: [{ path: ':id', page: lazy(() => import('../features/companies/CompanyPage.tsx')) }],
  },
  {
    key: 'tasks',
    path: '/tasks',
    icon: IconListCheck,
    abilities: ['tasks.read.own', 'tasks.read.all'],
    built: true,
    page: lazy(() => import('../features/tasks/TasksPage.tsx')),
  },
  {
    key: 'calendar',
    path: '/calendar',
    icon: IconCalendar,
    abilities: ['tasks.read.own', 'calendar.read.all'],
    built: true,
    page: lazy(() => import('../features/calendar/CalendarPage.tsx')),
  },
  { key: 'marketing', path: '/marketing', icon: IconSpeakerphone, abilities: ['campaigns.manage'], built: false },
  { key: 'support', path: '/support', icon: IconHeadset, abilities: ['tickets.read.own', 'tickets.read.all'], built: false },
  { key: 'chat', path: '/chat', icon: IconMessages, abilities: ['chat.use'], built: false },
  { key: 'mail', path: '/mail', icon: IconMail, abilities: ['activities.write.own', 'activities.write.all'], built: false },
  {
    key: 'analytics',
    path: '/analytics',
    icon: IconChartBar,
    abilities: ['reports.sales', 'reports.campaigns', 'reports.support', 'reports.system'],
    built: false,
  },
  {
    key: 'settings',
    path: '/settings',
    icon: IconSettings,
    abilities: ['users.manage', 'audit.read', 'settings.manage', 'pipelines.manage', 'products.write'],
    built: true,
    page: lazy(() => import('../features/settings/SettingsLayout.tsx')),
    sections: [
      {
        key: 'users',
        path: 'users',
        icon: IconUsers,
        ability: 'users.manage',
        page: lazy(() => import('../features/users/UsersPage.tsx')),
      },
      {
        key: 'company',
        path: 'company',
        icon: IconBuildingStore,
        ability: 'settings.manage',
        page: lazy(() => import('../features/settings/CompanySettingsPage.tsx')),
      },
      {
        key: 'pipelines',
        path: 'pipelines',
        icon: IconTimeline,
        ability: 'pipelines.manage',
        page: lazy(() => import('../features/deals/PipelinesPage.tsx')),
      },
      {
        key: 'products',
        path: 'products',
        icon: IconPackage,
        ability: 'products.write',
        page: lazy(() => import('../features/products/ProductsPage.tsx')),
      },
      {
        key: 'orderStatuses',
        path: 'order-statuses',
        icon: IconStatusChange,
        ability: 'settings.manage',
        page: lazy(() => import('../features/orders/OrderStatusesPage.tsx')),
      },
      {
        key: 'followUps',
        path: 'follow-ups',
        icon: IconBellRinging,
        ability: 'settings.manage',
        page: lazy(() => import('../features/follow-ups/FollowUpsPage.tsx')),
      },
      {
        key: 'webForms',
        path: 'web-forms',
        icon: IconForms,
        ability: 'settings.manage',
        page: lazy(() => import('../features/web-forms/WebFormsPage.tsx')),
      },
      {
        key: 'loginHistory',
        path: 'login-history',
        icon: IconHistory,
        ability: 'audit.read',
        page: lazy(() => import('../features/audit/LoginHistoryPage.tsx')),
      },
      {
        key: 'auditLog',
        path: 'audit-log',
        icon: IconListDetails,
        ability: 'audit.read',
        page: lazy(() => import('../features/audit/AuditLogPage.tsx')),
      },
    ],
  },
];
