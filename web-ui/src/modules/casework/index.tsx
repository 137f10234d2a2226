import { defineModule } from '../defineModule';
import en from './locales/en.json';
import it from './locales/it.json';

export default defineModule({ name: 'casework', routes: () => import('./CaseworkRoutes'), translations: { it, en } });
