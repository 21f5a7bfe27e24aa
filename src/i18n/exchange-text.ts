import type { Lang } from '../base/lang.js';
import { plural } from './plural.js';

/** The words of *Leren van elkaar* (onderlinge hulp) in the regional report, its CSV and the page per organisation. */
export interface ExchangeText {
  title: string;
  /** `best`: the label of the best status, e.g. Uitgevoerd. */
  intro: (seek: string, offer: string, best: string) => string;
  introCounts: (seek: string, offer: string, best: string) => string;
  notSupervision: string;
  noSeekers: string;
  /** Principles with helpers and nobody seeking help yet: "2.1 Gedragscode (2), …". */
  offeredOnly: (list: string) => string;
  columns: {
    id: string;
    principle: string;
    seeker: string;
    riec: string;
    contact: string;
    email: string;
    status: string;
    helpersSame: string;
    helpersElsewhere: string;
    seekerCount: string;
    helperCount: string;
    matchedInRiec: string;
  };
  /** One line per principle in Markdown and HTML: "3 zoeken hulp, 2 kunnen helpen". */
  principleLine: (seekers: number, helpers: number) => string;
  nobody: string;
  /** The values of the CSV column `regio`. */
  region: { same: string; elsewhere: string; none: string };
  // The page per organisation
  pageTitle: string;
  pageCaption: (riec: string | null, best: string) => string;
  pageColumns: { id: string; principle: string; helpers: string };
  youAsked: string;
  /** Under the table when rows or helpers were left out to keep the page short. */
  pageMore: (hiddenPoints: number, perPoint: number) => string;
}

const nl: ExchangeText = {
  title: 'Leren van elkaar',
  intro: (seek, offer, best) =>
    `Per uitgangspunt de organisaties die ‘${seek}’ kozen, naast de organisaties die ‘${offer}’ kozen en op dat uitgangspunt ‘${best}’ hebben: eerst uit hetzelfde RIEC, dan van elders, met de contactpersoon die zij opgaven. Alleen wie aanbood te delen, wordt als helper genoemd. De uitgangspunten staan op volgorde van het aantal organisaties dat hulp zoekt.`,
  introCounts: (seek, offer, best) =>
    `Per uitgangspunt het aantal organisaties dat ‘${seek}’ koos en het aantal dat ‘${offer}’ koos en op dat uitgangspunt ‘${best}’ heeft. Deze rapportage noemt geen namen en geen contactpersonen; het RIEC brengt organisaties met de volledige rapportage met elkaar in contact.`,
  notSupervision: 'Dit is bedoeld om organisaties met elkaar in contact te brengen, niet voor toezicht.',
  noSeekers: 'Geen organisatie zocht hulp bij een uitgangspunt.',
  offeredOnly: (list) => `Aanbod zonder vraag (nog niemand zocht hulp): ${list}.`,
  columns: {
    id: 'Nr.',
    principle: 'Uitgangspunt',
    seeker: 'Zoekt hulp',
    riec: 'RIEC',
    contact: 'Contactpersoon',
    email: 'E-mail',
    status: 'Status',
    helpersSame: 'Kan helpen: zelfde RIEC',
    helpersElsewhere: 'Kan helpen: elders',
    seekerCount: 'Zoeken hulp',
    helperCount: 'Kunnen helpen',
    matchedInRiec: 'Met helper in eigen RIEC',
  },
  principleLine: (s, h) => `${plural(s, 'zoekt', 'zoeken')} hulp, ${plural(h, 'kan', 'kunnen')} helpen`,
  nobody: 'nog niemand',
  region: { same: 'zelfde RIEC', elsewhere: 'elders', none: 'geen helper' },
  pageTitle: 'Wie in uw regio helpt',
  pageCaption: (riec, best) =>
    `Bij uw open punten: organisaties${riec ? ` in ${riec}` : ' in uw regio'} die aanboden hun aanpak te delen en dit uitgangspunt op ‘${best}’ hebben. Neem gerust contact op; het RIEC helpt ook bij het leggen van contact.`,
  pageColumns: { id: 'Nr.', principle: 'Uitgangspunt', helpers: 'Deelt graag de aanpak (contact)' },
  youAsked: 'u zocht hulp',
  pageMore: (hidden, per) =>
    `${hidden > 0 ? `Bij nog ${plural(hidden, 'open punt', 'open punten')} kan iemand in uw regio helpen. ` : ''}Per punt staan hier hooguit ${per} organisaties; het RIEC heeft de volledige lijst.`,
};

const en: ExchangeText = {
  title: 'Learning from each other',
  intro: (seek, offer, best) =>
    `Per principle the organisations that chose ‘${seek}’, next to the organisations that chose ‘${offer}’ and have ‘${best}’ on it: first from the same RIEC, then from elsewhere, with the contact they gave. Only organisations that offered to share are named as helpers. Principles are ordered by how many organisations seek help.`,
  introCounts: (seek, offer, best) =>
    `Per principle the number of organisations that chose ‘${seek}’ and the number that chose ‘${offer}’ and have ‘${best}’ on it. This report names no organisations and no contacts; the RIEC puts organisations in touch using the full report.`,
  notSupervision: 'This is meant to put organisations in touch with each other, not for supervision.',
  noSeekers: 'No organisation sought help with a principle.',
  offeredOnly: (list) => `Offered, not yet asked for: ${list}.`,
  columns: {
    id: 'No.',
    principle: 'Principle',
    seeker: 'Seeks help',
    riec: 'RIEC',
    contact: 'Contact',
    email: 'E-mail',
    status: 'Status',
    helpersSame: 'Can help: same RIEC',
    helpersElsewhere: 'Can help: elsewhere',
    seekerCount: 'Seek help',
    helperCount: 'Can help',
    matchedInRiec: 'With a helper in own RIEC',
  },
  principleLine: (s, h) => `${plural(s, 'seeks', 'seek')} help, ${h} can help`,
  nobody: 'no one yet',
  region: { same: 'same RIEC', elsewhere: 'elsewhere', none: 'no helper' },
  pageTitle: 'Who in your region can help',
  pageCaption: (riec, best) =>
    `For your open points: organisations${riec ? ` in ${riec}` : ' in your region'} that offered to share their approach and have ‘${best}’ on this principle. Feel free to get in touch; the RIEC can also help make contact.`,
  pageColumns: { id: 'No.', principle: 'Principle', helpers: 'Gladly shares its approach (contact)' },
  youAsked: 'you asked for help',
  pageMore: (hidden, per) =>
    `${hidden > 0 ? `For ${hidden} more open ${hidden === 1 ? 'point' : 'points'} someone in your region can help. ` : ''}At most ${per} organisations are shown per point; the RIEC has the full list.`,
};

export const EXCHANGE_TEXT: Record<Lang, ExchangeText> = { nl, en };
