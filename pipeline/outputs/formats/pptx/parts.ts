/**
 * The parts of deck.pptx that do not depend on the survey: theme, slide
 * master and its one layout, notes master, and the presentation's
 * properties. Taken from what pptxgenjs 4 wrote for our deck (which PowerPoint,
 * Keynote and LibreOffice open), with its unused layouts and Office-only
 * extension ids left out. The theme's head and body font is Inter, the
 * font the charts are drawn with.
 */
import { FONT_FAMILY } from '../../../../charts/font.js';
import { rels } from './xml.js';

/** Namespaces every PresentationML part declares. */
export const NS_PML = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** The empty group every shape tree starts with (PowerPoint requires it). */
export const GROUP_ROOT = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

/** Slide size in EMU (914400 a inch): 10 × 5.625 in, PowerPoint's 16:9. */
export const SLIDE_CX = 9144000;
export const SLIDE_CY = 5143500;

/** Nine list levels 0.5 in apart at `size` hundredths of a point, body font, text colour (PowerPoint's defaults). */
function levels(size: number): string {
  return Array.from({ length: 9 }, (_, k) => `<a:lvl${k + 1}pPr marL="${k * 457200}" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="${size}" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl${k + 1}pPr>`).join('');
}

/** presentation.xml's default text style: 18 pt, the theme's body font. */
export const DEFAULT_TEXT_STYLE = `<p:defaultTextStyle>${levels(1800)}</p:defaultTextStyle>`;

/** Office's fonts per script: [script, heading font, body font when it differs]. Text in those scripts falls back to them. */
const SCRIPT_FONTS: [string, string, string?][] = [
  ['Jpan', '游ゴシック Light', '游ゴシック'], ['Hang', '맑은 고딕'], ['Hans', '等线 Light', '等线'], ['Hant', '新細明體'],
  ['Arab', 'Times New Roman', 'Arial'], ['Hebr', 'Times New Roman', 'Arial'], ['Thai', 'Angsana New', 'Cordia New'],
  ['Ethi', 'Nyala'], ['Beng', 'Vrinda'], ['Gujr', 'Shruti'], ['Khmr', 'MoolBoran', 'DaunPenh'], ['Knda', 'Tunga'],
  ['Guru', 'Raavi'], ['Cans', 'Euphemia'], ['Cher', 'Plantagenet Cherokee'], ['Yiii', 'Microsoft Yi Baiti'],
  ['Tibt', 'Microsoft Himalaya'], ['Thaa', 'MV Boli'], ['Deva', 'Mangal'], ['Telu', 'Gautami'], ['Taml', 'Latha'],
  ['Syrc', 'Estrangelo Edessa'], ['Orya', 'Kalinga'], ['Mlym', 'Kartika'], ['Laoo', 'DokChampa'], ['Sinh', 'Iskoola Pota'],
  ['Mong', 'Mongolian Baiti'], ['Viet', 'Times New Roman', 'Arial'], ['Uigh', 'Microsoft Uighur'], ['Geor', 'Sylfaen'],
  ['Armn', 'Arial'], ['Bugi', 'Leelawadee UI'], ['Bopo', 'Microsoft JhengHei'], ['Java', 'Javanese Text'], ['Lisu', 'Segoe UI'],
  ['Mymr', 'Myanmar Text'], ['Nkoo', 'Ebrima'], ['Olck', 'Nirmala UI'], ['Osma', 'Ebrima'], ['Phag', 'Phagspa'],
  ['Syrn', 'Estrangelo Edessa'], ['Syrj', 'Estrangelo Edessa'], ['Syre', 'Estrangelo Edessa'], ['Sora', 'Nirmala UI'],
  ['Tale', 'Microsoft Tai Le'], ['Talu', 'Microsoft New Tai Lue'], ['Tfng', 'Ebrima'],
];

/** A theme font (major: headings, minor: body): `latin` for Latin text, Office's fonts for the other scripts. */
function themeFont(tag: 'majorFont' | 'minorFont', latin: string): string {
  const scripts = SCRIPT_FONTS.map(([script, major, minor = major]) => `<a:font script="${script}" typeface="${tag === 'majorFont' ? major : minor}"/>`).join('');
  return `<a:${tag}><a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>${scripts}</a:${tag}>`;
}

const COLOURS = '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>';

/** Office's fill, line, effect and background styles: a theme must have three of each. */
const FORMATS = '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme>';

/** ppt/theme/theme1.xml: Office's colours and formats, Inter for headings and body. The slide and notes masters share it. */
export const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>${COLOURS}<a:fontScheme name="Office">${themeFont('majorFont', FONT_FAMILY)}${themeFont('minorFont', FONT_FAMILY)}</a:fontScheme>${FORMATS}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;

/** The theme's colours under their usual names, for the masters. */
const COLOUR_MAP = '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>';

/** Bulleted body levels of the slide master: [left margin, indent, size, bullet]. */
const BODY_LEVELS: [number, number, number, string][] = [
  [342900, -342900, 3200, '•'], [742950, -285750, 2800, '–'], [1143000, -228600, 2400, '•'], [1600200, -228600, 2000, '–'],
  [2057400, -228600, 2000, '»'], [2514600, -228600, 2000, '•'], [2971800, -228600, 2000, '•'], [3429000, -228600, 2000, '•'], [3886200, -228600, 2000, '•'],
];

const BODY_STYLE = BODY_LEVELS.map(([marL, indent, size, bullet], k) => `<a:lvl${k + 1}pPr marL="${marL}" indent="${indent}" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:spcBef><a:spcPct val="20000"/></a:spcBef><a:buFont typeface="Arial" pitchFamily="34" charset="0"/><a:buChar char="${bullet}"/><a:defRPr sz="${size}" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl${k + 1}pPr>`).join('');

const TITLE_STYLE = '<a:lvl1pPr algn="ctr" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr>';

/** ppt/slideMasters/slideMaster1.xml: no shapes of its own, one layout, header and footer off. */
export const SLIDE_MASTER = `<p:sldMaster ${NS_PML}><p:cSld><p:spTree>${GROUP_ROOT}</p:spTree></p:cSld>${COLOUR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:hf sldNum="0" hdr="0" ftr="0" dt="0"/><p:txStyles><p:titleStyle>${TITLE_STYLE}</p:titleStyle><p:bodyStyle>${BODY_STYLE}</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>${levels(1800)}</p:otherStyle></p:txStyles></p:sldMaster>`;

/** The master's layout (rId1) and theme (rId2). */
export const SLIDE_MASTER_RELS = rels([['slideLayout', '../slideLayouts/slideLayout1.xml'], ['theme', '../theme/theme1.xml']]);

/** ppt/slideLayouts/slideLayout1.xml: the blank layout every slide uses. */
export const SLIDE_LAYOUT = `<p:sldLayout ${NS_PML} preserve="1"><p:cSld name="DEFAULT"><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>${GROUP_ROOT}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;

export const SLIDE_LAYOUT_RELS = rels([['slideMaster', '../slideMasters/slideMaster1.xml']]);

/** A placeholder of the notes master: `ph` its p:ph attributes, at `off`/`ext` (EMU on a 7.5 × 10 in page). */
function notesPlaceholder(id: number, name: string, ph: string, [x, y, cx, cy]: number[], body: string, extra = ''): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"${ph.startsWith('type="sldImg"') ? ' noRot="1" noChangeAspect="1"' : ''}/></p:cNvSpPr><p:nvPr><p:ph ${ph}/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${extra}</p:spPr><p:txBody>${body}</p:txBody></p:sp>`;
}

const INSETS = 'vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"';
const corner = (algn: 'l' | 'r', anchor: string, field = '<a:endParaRPr lang="en-US"/>') => `<a:bodyPr ${INSETS}${anchor}/><a:lstStyle><a:lvl1pPr algn="${algn}"><a:defRPr sz="1200"/></a:lvl1pPr></a:lstStyle><a:p>${field}</a:p>`;
const NOTES_LEVELS = ['Click to edit Master text styles', 'Second level', 'Third level', 'Fourth level', 'Fifth level'].map((t, k) => `<a:p><a:pPr lvl="${k}"/><a:r><a:rPr lang="en-US"/><a:t>${t}</a:t></a:r></a:p>`).join('');

/** ppt/notesMasters/notesMaster1.xml: Office's notes page (header, date, slide image, notes, footer, number). */
export const NOTES_MASTER = `<p:notesMaster ${NS_PML}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>${GROUP_ROOT}${[
  notesPlaceholder(2, 'Header Placeholder 1', 'type="hdr" sz="quarter"', [0, 0, 2971800, 458788], corner('l', '')),
  notesPlaceholder(3, 'Date Placeholder 2', 'type="dt" idx="1"', [3884613, 0, 2971800, 458788], corner('r', '', '<a:fld id="{5282F153-3F37-0F45-9E97-73ACFA13230C}" type="datetimeFigureOut"><a:rPr lang="en-US"/><a:t>7/23/19</a:t></a:fld><a:endParaRPr lang="en-US"/>')),
  notesPlaceholder(4, 'Slide Image Placeholder 3', 'type="sldImg" idx="2"', [685800, 1143000, 5486400, 3086100], `<a:bodyPr ${INSETS} anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p>`, '<a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln>'),
  notesPlaceholder(5, 'Notes Placeholder 4', 'type="body" sz="quarter" idx="3"', [685800, 4400550, 5486400, 3600450], `<a:bodyPr ${INSETS}/><a:lstStyle/>${NOTES_LEVELS}`),
  notesPlaceholder(6, 'Footer Placeholder 5', 'type="ftr" sz="quarter" idx="4"', [0, 8685213, 2971800, 458787], corner('l', ' anchor="b"')),
  notesPlaceholder(7, 'Slide Number Placeholder 6', 'type="sldNum" sz="quarter" idx="5"', [3884613, 8685213, 2971800, 458787], corner('r', ' anchor="b"', '<a:fld id="{CE5E9CC1-C706-0F49-92D6-E571CC5EEA8F}" type="slidenum"><a:rPr lang="en-US"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="en-US"/>')),
].join('')}</p:spTree></p:cSld>${COLOUR_MAP}<p:notesStyle>${levels(1200)}</p:notesStyle></p:notesMaster>`;

export const NOTES_MASTER_RELS = rels([['theme', '../theme/theme1.xml']]);

/** ppt/presProps.xml: no settings of its own (PowerPoint requires the part). */
export const PRES_PROPS = `<p:presentationPr ${NS_PML}/>`;

/** ppt/viewProps.xml: normal view, notes pane at PowerPoint's default size. */
export const VIEW_PROPS = `<p:viewPr ${NS_PML}><p:normalViewPr horzBarState="maximized"><p:restoredLeft sz="15611"/><p:restoredTop sz="94610"/></p:normalViewPr><p:slideViewPr><p:cSldViewPr snapToGrid="0" snapToObjects="1"><p:cViewPr varScale="1"><p:scale><a:sx n="136" d="100"/><a:sy n="136" d="100"/></p:scale><p:origin x="216" y="312"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr><p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/></p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`;

/** ppt/tableStyles.xml: Office's default table style, no tables. */
export const TABLE_STYLES = '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>';
