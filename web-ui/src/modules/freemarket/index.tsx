import { defineModule } from '../defineModule';
import en from './locales/en.json';
import it from './locales/it.json';

export default defineModule({ name: 'freemarket', routes: () => import('./FreeMarketRoutes'), translations: { it, en } });
