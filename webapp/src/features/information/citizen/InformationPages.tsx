import { EntryPage } from './EntryPage';
import { RegisterPage } from './RegisterPage';
import { RequestFormPage } from './RequestFormPage';
import { TrackRequestPage } from './TrackRequestPage';

/** The PPID citizen pages: a chunk of their own, loaded on first visit (the portal's first load stays small). */
export default function InformationPages({ page, id }: { page: 'register' | 'entry' | 'request' | 'trackRequest'; id?: string }) {
  switch (page) {
    case 'register':
      return <RegisterPage />;
    case 'entry':
      return <EntryPage key={id} id={id ?? ''} />;
    case 'request':
      return <RequestFormPage />;
    case 'trackRequest':
      return <TrackRequestPage />;
  }
}
