import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { MyDetailsPage, SignInPage } from '../features/accounts/index.js';
import { ClientAuditLogPage, ProfessionalAuditLogPage } from '../features/audit-log/index.js';
import { ClientDetailPage, ClientListPage } from '../features/clients/index.js';
import { ConversationsPage, MyConversationPage } from '../features/conversations/index.js';
import { EvaluationRoundPage, EvaluationsPage, LinkQuestionnairePage, QuestionnairePage } from '../features/evaluations/index.js';
import { GroupPage } from '../features/groups/index.js';
import { MeetingEditPage, MeetingPage, MeetingsPage, MinutesPage, NewMeetingPage } from '../features/meetings/index.js';
import {
  ForgotPasswordPage,
  InvitationPage,
  OutboxPage,
  PublicLayout,
  ResetPasswordPage,
} from '../features/invitations/index.js';
import { NetworkMapPage } from '../features/network/index.js';
import { OrganisationPage } from '../features/organisations/index.js';
import { MyAgreementsPage, PlanHistoryPage, PlanPage, SignalPlanEditPage, SignalPlanPage } from '../features/plans/index.js';
import { DirectionPage, SharingPage } from '../features/sharing/index.js';
import { CaseloadPage, InstrumentsPage, QualityActionsPage, TeamFiguresPage } from '../features/team/index.js';
import { HomePage } from './HomePage.js';
import { Layout } from './Layout.js';
import { NotFoundPage } from './NotFoundPage.js';
import { paths } from './paths.js';
import { createQueryClient } from './query-client.js';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path={paths.signIn} element={<SignInPage />} />
            <Route path={paths.clients} element={<ClientListPage />} />
            <Route path={`${paths.clients}/:clientId`} element={<ClientDetailPage />} />
            <Route path={paths.organisation} element={<OrganisationPage />} />
            <Route path={paths.myDetails} element={<MyDetailsPage />} />
            <Route path={paths.sharing} element={<SharingPage />} />
            <Route path={paths.direction} element={<DirectionPage />} />
            <Route path={paths.whoLooked} element={<ClientAuditLogPage />} />
            <Route path={`${paths.organisation}/medewerkers/:professionalId/logboek`} element={<ProfessionalAuditLogPage />} />
            <Route path={`${paths.clients}/:clientId/groep`} element={<GroupPage />} />
            <Route path={`${paths.clients}/:clientId/netwerkkaart`} element={<NetworkMapPage />} />
            <Route path={`${paths.clients}/:clientId/verdiepingsgesprekken`} element={<ConversationsPage />} />
            <Route path={`${paths.clients}/:clientId/mijn-gesprek`} element={<MyConversationPage />} />
            <Route path={`${paths.clients}/:clientId/plan`} element={<PlanPage />} />
            <Route path={`${paths.clients}/:clientId/plan/geschiedenis`} element={<PlanHistoryPage />} />
            <Route path={`${paths.clients}/:clientId/signaleringsplan`} element={<SignalPlanPage />} />
            <Route path={`${paths.clients}/:clientId/signaleringsplan/bewerken`} element={<SignalPlanEditPage />} />
            <Route path={`${paths.clients}/:clientId/bijeenkomsten`} element={<MeetingsPage />} />
            <Route path={`${paths.clients}/:clientId/bijeenkomsten/nieuw`} element={<NewMeetingPage />} />
            <Route path={`${paths.clients}/:clientId/bijeenkomsten/:meetingId`} element={<MeetingPage />} />
            <Route path={`${paths.clients}/:clientId/bijeenkomsten/:meetingId/wijzigen`} element={<MeetingEditPage />} />
            <Route path={`${paths.clients}/:clientId/bijeenkomsten/:meetingId/verslag`} element={<MinutesPage />} />
            <Route path={`${paths.clients}/:clientId/evaluatie`} element={<EvaluationsPage />} />
            <Route path={`${paths.clients}/:clientId/evaluatie/:roundId`} element={<EvaluationRoundPage />} />
            <Route path={`${paths.clients}/:clientId/evaluatie/:roundId/invullen`} element={<QuestionnairePage />} />
            <Route path={paths.caseload} element={<CaseloadPage />} />
            <Route path="/team/:teamId/cijfers" element={<TeamFiguresPage />} />
            <Route path="/team/:teamId/verbeteracties" element={<QualityActionsPage />} />
            <Route path={paths.instruments} element={<InstrumentsPage />} />
            <Route path={paths.myAgreements} element={<MyAgreementsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route element={<PublicLayout />}>
            <Route path={paths.invitation} element={<InvitationPage />} />
            <Route path={paths.evaluationLink} element={<LinkQuestionnairePage />} />
            <Route path={paths.forgotPassword} element={<ForgotPasswordPage />} />
            <Route path={paths.resetPassword} element={<ResetPasswordPage />} />
            <Route path={paths.outbox} element={<OutboxPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
