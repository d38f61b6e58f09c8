/**
 * Data: news agencies, wire services and international broadcasters whose name signs or credits a
 * report right after a person's name ("…, Jane Roe Reuters", "said John Smith AP", "I'm Jane Roe,
 * VOA News"). Each entry is the names the outlet writes itself (its masthead and credit line), with
 * its own site as where they come from. Rule `agencyEndsName` (discover.ts): such a name ends a
 * person's run of capitalised words; it is never the person's last word.
 *
 * Matched as written (case-sensitive): "SANA" and "WAFA" are agencies where "Sana" and "Wafa" are
 * given names. Left out because they are also common family names or words that end names:
 * "Bloomberg" alone (only "Bloomberg News"), "Fars", "Mehr" and "Tasnim" alone (only with "News
 * Agency"), "Antara" and "Efe" written as words ("EFE" in capitals stays).
 */
export interface NewsAgency {
  /** The names it signs with, as written ("Agence France-Presse", "AFP"). */
  written: readonly string[];
  /** The outlet's own site, where the names come from. */
  source: string;
}

export const NEWS_AGENCIES: readonly NewsAgency[] = [
  // World wire services.
  { written: ['Reuters', 'Thomson Reuters'], source: 'reuters.com' },
  { written: ['Associated Press', 'AP'], source: 'apnews.com' },
  { written: ['Agence France-Presse', 'Agence France Presse', 'AFP'], source: 'afp.com' },
  { written: ['Bloomberg News'], source: 'bloomberg.com' },
  { written: ['EFE', 'Agencia EFE'], source: 'efe.com' },
  { written: ['ANSA'], source: 'ansa.it' },
  { written: ['dpa', 'DPA'], source: 'dpa.com' },
  { written: ['UPI', 'United Press International'], source: 'upi.com' },
  // State and national agencies news credits in foreign reporting.
  { written: ['Xinhua', 'Xinhua News Agency'], source: 'english.news.cn' },
  { written: ['TASS'], source: 'tass.com' },
  { written: ['Interfax'], source: 'interfax.com' },
  { written: ['RIA Novosti'], source: 'ria.ru' },
  { written: ['Sputnik'], source: 'sputniknews.com' },
  { written: ['Kyodo', 'Kyodo News'], source: 'english.kyodonews.net' },
  { written: ['Yonhap', 'Yonhap News Agency'], source: 'en.yna.co.kr' },
  { written: ['KCNA', 'Korean Central News Agency'], source: 'kcna.kp' },
  { written: ['Anadolu Agency'], source: 'aa.com.tr' },
  { written: ['IRNA', 'Islamic Republic News Agency'], source: 'irna.ir' },
  { written: ['ISNA'], source: 'isna.ir' },
  { written: ['Fars News Agency'], source: 'farsnews.ir' },
  { written: ['Mehr News Agency'], source: 'mehrnews.com' },
  { written: ['Tasnim News Agency'], source: 'tasnimnews.com' },
  { written: ['SANA'], source: 'sana.sy' },
  { written: ['WAFA'], source: 'wafa.ps' },
  { written: ['MENA', 'Middle East News Agency'], source: 'mena.org.eg' },
  { written: ['KUNA', 'Kuwait News Agency'], source: 'kuna.net.kw' },
  { written: ['WAM', 'Emirates News Agency'], source: 'wam.ae' },
  { written: ['QNA', 'Qatar News Agency'], source: 'qna.org.qa' },
  { written: ['Saudi Press Agency'], source: 'spa.gov.sa' },
  { written: ['Ukrinform'], source: 'ukrinform.net' },
  { written: ['UNIAN'], source: 'unian.info' },
  { written: ['BelTA'], source: 'belta.by' },
  { written: ['Prensa Latina'], source: 'prensa-latina.cu' },
  { written: ['PTI', 'Press Trust of India'], source: 'ptinews.com' },
  { written: ['ANI'], source: 'aninews.in' },
  { written: ['Bernama'], source: 'bernama.com' },
  { written: ['APS', 'Algerie Presse Service'], source: 'aps.dz' },
  { written: ['MAP', 'Maghreb Arabe Presse'], source: 'mapexpress.ma' },
  // International broadcasters that credit their correspondents' reports.
  { written: ['VOA', 'VOA News', 'Voice of America'], source: 'voanews.com' },
  { written: ['BBC', 'BBC News'], source: 'bbc.com' },
  { written: ['CNN'], source: 'cnn.com' },
  { written: ['Al Jazeera'], source: 'aljazeera.com' },
  { written: ['France 24'], source: 'france24.com' },
  { written: ['Deutsche Welle', 'DW'], source: 'dw.com' },
  { written: ['RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Liberty'], source: 'rferl.org' },
  { written: ['Radio Free Asia', 'RFA'], source: 'rfa.org' },
  { written: ['NHK'], source: 'nhk.or.jp' },
  { written: ['CGTN', 'CCTV'], source: 'cgtn.com' },
  { written: ['Press TV'], source: 'presstv.ir' },
  { written: ['NPR'], source: 'npr.org' },
  { written: ['Sky News'], source: 'news.sky.com' },
];
