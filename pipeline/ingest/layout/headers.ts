import type { ColumnRole } from '../../model.js';
import { labelKey } from '../normalise/scales.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Cleans header text: HTML tags and entities removed, quotes and spaces folded. */
export function cleanHeader(text: string): string {
  return text
    // Block tags separate words; inline tags (<strong>, <em>, <a>…) sit inside them.
    .replace(/<\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|table)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Headers that hold personal data, matched on the folded header (exact). */
const PERSONAL_EXACT = new Set(
  [
    'email', 'e-mail', 'email address', 'e-mail address', 'adresse e-mail', 'adresse courriel', 'courriel',
    'adresse e-mail', 'dirección de correo electrónico', 'correo electrónico', 'correo', 'emailaddress',
    'name', 'full name', 'first name', 'last name', 'nom', 'prénom', 'nom complet', 'nombre', 'apellido', 'apellidos',
    'ip address', 'ipaddress', 'ipaddr', 'ip', 'adresse ip', 'dirección ip',
    'deviceid', 'device id', 'latitude', 'longitude', 'locationlatitude', 'locationlongitude', 'locationaccuracy', 'gps', 'location',
    'recipientlastname', 'recipientfirstname', 'recipientemail', 'externalreference', 'externaldatareference',
    '_submitted_by', 'submitterid', 'submittername', 'token', 'phone', 'phone number', 'telephone', 'téléphone',
    'teléfono', 'mobile', 'contact', 'custom data 1', 'custom data', 'responder', 'respondent',
    '_geolocation', 'username', 'simserial', 'subscriberid', 'phonenumber',
    'données personnalisées', 'données personnalisées 1', 'datos personalizados', 'datos personalizados 1',
    'adresse de messagerie', 'your name', 'your name (optional)', 'name (optional)', 'votre nom', 'nom et prénom', 'su nombre', 'nombre y apellido',
  ].map(labelKey),
);

/** Headers of tool metadata: neither answers nor attributes. */
const META_EXACT = new Set(
  [
    'collector id', 'start date', 'end date', 'timestamp', 'horodateur', 'marca temporal', 'submitdate', 'lastpage',
    'seed', 'startdate', 'enddate', 'datestamp', 'refurl', 'status', 'progress', 'duration (in seconds)', 'duration',
    'finished', 'recordeddate', 'distributionchannel', 'responseset', '_uuid', '_submission_time', '_validation_status',
    '_notes', '_status', '__version__', '_version_', '_tags', '_index', 'start', 'end', 'today', 'start time',
    'completion time', 'last modified time', 'score', 'total points', 'quiz feedback', 'points', 'submissiondate',
    'reviewstate', 'instanceid', 'meta/instanceid', 'formversion', 'attachmentsexpected', 'attachmentspresent',
    'edits', 'heure de début', 'heure de fin', 'hora de inicio', 'hora de finalización', 'q_recaptchascore',
    'id du collecteur', 'date de début', 'date de fin', 'id del recopilador', 'fecha de inicio', 'fecha de finalización',
    'carimbo de data/hora', 'zeitstempel', 'informazioni cronologiche', 'tijdstempel', 'heure de la dernière modification',
    'hora de la última modificación',
  ].map(labelKey),
);

const RESPONDENT_ID = new Set(['respondent id', 'responseid', 'response id', 'id', '_id', 'key', 'id de respuesta', 'id de réponse', 'id du répondant', 'id du participant', 'id del encuestado'].map(labelKey));

/** Attribute cues: a word in the header names the attribute. */
const ATTRIBUTE_CUES: [string, RegExp][] = [
  ['role', /\b(role|rôle|rol|function|fonction|función|category|catégorie|categoría|affiliation|participant type|type of participant|stakeholder|organi[sz]ation type|type of organi[sz]ation|type d'organisation|tipo de organización|capacity|en qualité|funcion|categorie|categoria|tipo de organizacion|en qualite)\b/],
  ['gender', /\b(gender|sex|sexe|genre|género|sexo|genero)\b/],
  ['region', /\b(region|région|región|country|pays|país|continent|pais)\b/],
  ['language', /\b(language|langue|idioma|lengua|startlanguage|userlanguage)\b/],
];

/** The role of a column from its header alone; answer columns get their question and item later. */
export function roleFromHeader(header: string): ColumnRole | undefined {
  const key = labelKey(header).replace(/[?:*]+$/, '').trim();
  if (RESPONDENT_ID.has(key)) return { kind: 'respondent-id' };
  if (PERSONAL_EXACT.has(key) || /\b(e-?mail|courriel|ip address|phone number|téléphone|telefono|teléfono)\b/.test(key)) {
    return { kind: 'personal' };
  }
  if (META_EXACT.has(key) || /^_/.test(key)) return { kind: 'meta' };
  return undefined;
}

/** The attribute a question stands for, when its text names one; otherwise undefined. */
export function attributeOf(questionText: string): string | undefined {
  const key = labelKey(questionText);
  // Long questions ("How was the side-event on gender?") are not attributes.
  if (key.length > 80) return undefined;
  if (/\b(rate|evaluate|satisf|evalu|apprec|calific|valor|how (was|were|would|useful)|comment)/.test(key)) return undefined;
  for (const [attribute, cue] of ATTRIBUTE_CUES) if (cue.test(key)) return attribute;
  return undefined;
}
