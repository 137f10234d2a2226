/** The values the server accepts, in the order the screens offer them (the generated types check them). */
import type { OfferRequest, OfferStatus } from './api';

export const OFFER_STATUSES: readonly OfferStatus[] = ['DRAFT', 'PUBLISHED', 'RESERVED', 'LET', 'WITHDRAWN'];

export const CONTRACT_TYPES: readonly OfferRequest['contractType'][] = ['FREE_4_4', 'AGREED_RENT_3_2', 'TRANSITIONAL'];

export const ENERGY_CLASSES: readonly OfferRequest['energyClass'][] = ['A4', 'A3', 'A2', 'A1', 'B', 'C', 'D', 'E', 'F', 'G'];

export const HEATINGS: readonly OfferRequest['heating'][] = ['AUTONOMOUS', 'CENTRALISED', 'NONE'];
