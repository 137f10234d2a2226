import { defineModule } from '../defineModule';
import en from './locales/en.json';
import it from './locales/it.json';

export default defineModule({
  name: 'emergency',
  routes: () => import('./EmergencyRoutes'),
  translations: { it, en },
  // What became of the emergency, on the case it opened.
  casePanels: [{ id: 'emergency', panel: () => import('./CasePanel'), showsFor: ({ origin }) => origin?.module === 'emergency' }],
});
