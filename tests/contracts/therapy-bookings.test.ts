import { onEveryStore } from '../support/stores.js';
import { therapyBookingsContract } from './therapy-bookings.contract.js';
import type { TherapyPorts } from './therapy-repositories.contract.js';
import { therapyStores } from './therapy-stores.js';

onEveryStore<TherapyPorts>(therapyBookingsContract, therapyStores);
