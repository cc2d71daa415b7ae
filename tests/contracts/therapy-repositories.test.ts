import { onEveryStore } from '../support/stores.js';
import { therapyRepositoriesContract, type TherapyPorts } from './therapy-repositories.contract.js';
import { therapyStores } from './therapy-stores.js';

onEveryStore<TherapyPorts>(therapyRepositoriesContract, therapyStores);
