import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group, Member } from '../../../shared/groups.js';
import { paths } from '../../app/paths.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { AddProfessional } from './AddProfessional.js';
import { useGroupCandidates } from './api.js';
import { MemberCard } from './MemberCard.js';
import { placeIds } from './NextStep.js';
import { Notice, useNotice } from '../../components/notice.js';
import { groupMembers } from './words.js';

/**
 * Who is in the group, who is on the way in, and whose membership ended, each with what may be done
 * next. After an action the section says what happened and takes focus: the member may have moved
 * to another list, and the button pressed may be gone.
 */
export function MembersSection({ group, isRelative }: { group: Group; isRelative: boolean }) {
  const { t } = useTranslation();
  const { ref: noticeRef, message: noticeMessage, announce } = useNotice();
  // Until when an invitation sent from this page works, per member.
  const [sent, setSent] = useState<Readonly<Record<string, string>>>({});
  const { active, asked, ended } = groupMembers(group.members);

  const list = (members: Member[], title: string) => (
    <>
      <h3>{title}</h3>
      {members.length === 0 ? (
        <p>{t('groups.members.none')}</p>
      ) : (
        <ul className="card-list">
          {members.map((member) => (
            <MemberCard
              key={member.id}
              member={member}
              group={group}
              sentUntil={sent[member.id] ?? null}
              onSent={(expiresAt) => setSent((current) => ({ ...current, [member.id]: expiresAt }))}
              onDone={announce}
            />
          ))}
        </ul>
      )}
    </>
  );

  return (
    <section aria-labelledby={placeIds.members} className="section">
      <h2 id={placeIds.members} ref={noticeRef} tabIndex={-1}>
        {t('groups.members.title')}
      </h2>
      <Notice message={noticeMessage} />
      {list(active, t('groups.members.active'))}
      {!isRelative && (
        <>
          {list(asked, t('groups.members.asked'))}
          {ended.length > 0 && list(ended, t('groups.members.ended'))}
        </>
      )}
      {group.abilities.nominate && (
        <p>
          <Link to={paths.networkMap(group.client.id)}>{t('groups.members.nominate')}</Link>
        </p>
      )}
      {group.abilities.addProfessional && <TeamProfessionals group={group} onAdded={announce} />}
    </section>
  );
}

function TeamProfessionals({ group, onAdded }: { group: Group; onAdded: (message: string) => void }) {
  const candidates = useGroupCandidates(group.client.id);
  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <ProblemAlert error={candidates.error} />;
  return <AddProfessional group={group} candidates={candidates.data} onAdded={onAdded} />;
}
