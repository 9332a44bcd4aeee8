export { ClientSharingSummary } from './ClientSharingSummary.js';
export { DirectionPage } from './DirectionPage.js';
export { SharedWithMeSection } from './SharedWithMeSection.js';
export { SharingPage } from './SharingPage.js';
export { useSharedWithMe } from './api.js';
export { RelativeEndedNote } from './RelativeEndedNote.js';
