import type { Db } from '../db/database.js';
import type { Actor } from '../context.js';
import { hashToken, newSessionToken } from './session-token.js';
import { loadActor } from './actor.repository.js';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

// Refreshing last_seen_at on every request would turn every read into a write; a minute is precise
// enough for an idle timeout counted in tens of minutes.
const touchIntervalMs = 60_000;

/** Server-side sessions. The token lives only in the cookie; the database keeps its hash. */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly settings: SessionSettings,
  ) {}

  /** Starts a session for the account and returns the token for the cookie. */
  async create(accountId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.settings.absoluteHours * 3_600_000);
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: hashToken(token),
        account_id: accountId,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    return { token, expiresAt };
  }

  /** The actor of a live session, or null when the token is unknown, expired, idle too long or disabled. */
  async resolve(token: string, now = new Date()): Promise<Actor | null> {
    const idHash = hashToken(token);
    const session = await this.db
      .selectFrom('sessions')
      .select(['account_id', 'last_seen_at', 'expires_at'])
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    if (!session) return null;
    const idleLimit = Date.parse(session.last_seen_at) + this.settings.idleMinutes * 60_000;
    if (Date.parse(session.expires_at) <= now.getTime() || idleLimit <= now.getTime()) {
      await this.end(token);
      return null;
    }
    const actor = await loadActor(this.db, session.account_id, idHash);
    if (!actor) {
      await this.end(token);
      return null;
    }
    if (now.getTime() - Date.parse(session.last_seen_at) > touchIntervalMs) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('id_hash', '=', idHash)
        .execute();
    }
    return actor;
  }

  /** Ends one session on the server. */
  async end(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', hashToken(token)).execute();
  }
}
