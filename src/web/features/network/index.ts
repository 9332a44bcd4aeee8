export { NetworkMapLink } from './NetworkMapLink.js';
export { NetworkMapPage } from './NetworkMapPage.js';
