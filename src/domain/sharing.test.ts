import { describe, expect, it } from 'vitest';
import { effectiveSharing, isSharedByDefault, isSharingCategory, sharingCategories } from './sharing.js';

describe('sharing', () => {
  it('shares what the group works on by default, and keeps the network map between client and coordinator', () => {
    expect(sharingCategories.filter(isSharedByDefault)).toEqual(['plan', 'signal_plan', 'meetings', 'evaluation_results']);
    expect(isSharedByDefault('network_map')).toBe(false);
  });

  it("lets the client's own choices win over the defaults, one category at a time", () => {
    const sharing = effectiveSharing([
      { category: 'plan', shared: false },
      { category: 'network_map', shared: true },
    ]);
    expect(sharing).toEqual({ plan: false, signal_plan: true, meetings: true, network_map: true, evaluation_results: true });
  });

  it('recognises only its own category names', () => {
    expect(isSharingCategory('plan')).toBe(true);
    expect(isSharingCategory('conversation_notes')).toBe(false);
    expect(isSharingCategory('__proto__')).toBe(false);
  });
});
