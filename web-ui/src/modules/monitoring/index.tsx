import { defineModule } from '../defineModule';
import en from './locales/en.json';
import it from './locales/it.json';

// The dashboard and its chart library load the first time a user opens monitoring.
export default defineModule({ name: 'monitoring', routes: () => import('./MonitoringRoutes'), translations: { it, en } });
