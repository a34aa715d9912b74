/**
 * A held-out test set for quote attribution in Chinese and Japanese news,
 * written like the third set (`quote-test-set-third.ts`): by a reader acting
 * as a newsroom editor who had seen neither the finder, nor its rules, nor
 * the other sets' labels, from the issue's rule alone. 60 cases: 30 in
 * Chinese (25 simplified `zh` with “…”, 5 traditional `zh-Hant`, mostly with
 * 「…」) and 30 in Japanese (`ja`, with 「…」 and 『…』 inside). People,
 * places, parties, firms, papers and the states Lovania (洛万尼亚, ロヴァニア;
 * capital Kalda, 卡尔达, カルダ) and Estria (埃斯特里亚, エストリア) are
 * fictional; ministries, courts and agencies are real ones speaking
 * generically. Conventions: a quotation continued into the next paragraph
 * counts once per paragraph; a quotation interrupted by 他说 counts once per
 * pair of marks; a quotation nested inside another (『…』 within 「…」) counts
 * with the outer one; titles (《…》, 『…』 as a title, the name of an
 * operation or programme) and one- or two-character terms are not
 * quotations; unnamed speakers and places are `null`; a body speaking in its
 * own voice is the body. `npm run evaluate:quotes` scores it with the others.
 */
import type { QuoteCase } from './quote-test-set.ts';

const P = 'person';
const O = 'organization';
const S = 'state';
const L = 'place';

export const cjkSet: QuoteCase[] = [
  // ---------------- Chinese (simplified): politics and diplomacy ----------------
  {
    text: `外交部发言人林晓在例行记者会上表示：“中方愿同各方一道，推动局势尽快降温。”她同时敦促有关各方保持克制。`,
    names: [
      { name: '外交部', entity: 'mfa-china', kind: O },
      { name: '林晓', entity: 'lin-xiao', kind: P },
    ],
    speakers: ['lin-xiao'],
    lang: 'zh',
  },
  {
    text: `在周三的辩论中，议员陈立文批评预算案“只顾眼前，不顾长远”。财政部长高博回应说：“每一笔支出都经过了严格审查。”`,
    names: [
      { name: '陈立文', entity: 'chen-liwen', kind: P },
      { name: '高博', entity: 'gao-bo', kind: P },
    ],
    speakers: ['chen-liwen', 'gao-bo'],
    lang: 'zh',
  },
  {
    text: `一位不愿具名的官员透露：“谈判已经基本破裂，只是双方都不愿先宣布。”\n\n据埃斯特里亚外长马雷克称，“会谈仍在按计划进行”。`,
    names: [
      { name: '埃斯特里亚', entity: 'estria', kind: S },
      { name: '马雷克', entity: 'marek', kind: P },
    ],
    speakers: [null, 'marek'],
    lang: 'zh',
  },
  {
    text: `外交部当天发表声明说，中方“对埃斯特里亚方面的单方面行动表示严重关切”，并敦促其立即停止。`,
    names: [
      { name: '外交部', entity: 'mfa-china', kind: O },
      { name: '埃斯特里亚', entity: 'estria', kind: S },
    ],
    speakers: ['mfa-china'],
    lang: 'zh',
  },
  {
    text: `洛万尼亚政府昨天宣布：“即日起暂停与埃斯特里亚的一切边境贸易。”`,
    names: [
      { name: '洛万尼亚', entity: 'lovania', kind: S },
      { name: '埃斯特里亚', entity: 'estria', kind: S },
    ],
    speakers: ['lovania'],
    lang: 'zh',
  },
  {
    // Hard: the capital answers for its government, but it is listed as a place.
    text: `埃斯特里亚周二宣布对洛万尼亚实施新一轮制裁。对此，卡尔达方面当晚回应称：“这是对我国主权的公然挑衅，我们将采取对等措施。”`,
    names: [
      { name: '埃斯特里亚', entity: 'estria', kind: S },
      { name: '洛万尼亚', entity: 'lovania', kind: S },
      { name: '卡尔达', entity: 'kalda', kind: L },
    ],
    speakers: [null],
    lang: 'zh',
  },
  {
    // Addressee named; the second is a partial quotation right after a state's name.
    text: `总理梁振宇周四会见了到访的洛万尼亚外长伊万·彼得罗夫。梁振宇对彼得罗夫说：“两国的友谊经得起任何考验。”\n\n彼得罗夫回答说，洛万尼亚“始终把中国视为可靠的伙伴”。`,
    names: [
      { name: '梁振宇', entity: 'liang-zhenyu', kind: P },
      { name: '洛万尼亚', entity: 'lovania', kind: S },
      { name: '伊万·彼得罗夫', entity: 'ivan-petrov', kind: P },
      { name: '彼得罗夫', entity: 'ivan-petrov', kind: P },
    ],
    speakers: ['liang-zhenyu', 'ivan-petrov'],
    lang: 'zh',
  },
  {
    text: `据接近谈判的消息人士透露，“双方已就大部分条款达成一致，只剩下最后的措辞问题”。洛万尼亚和埃斯特里亚均拒绝置评。`,
    names: [
      { name: '洛万尼亚', entity: 'lovania', kind: S },
      { name: '埃斯特里亚', entity: 'estria', kind: S },
    ],
    speakers: [null],
    lang: 'zh',
  },
  {
    // A two-character scare quote only: no quotation.
    text: `报道指出，望川县近年来出现了不少“空城”，大量新建住宅无人居住，当地官员对此讳莫如深。`,
    names: [{ name: '望川县', entity: 'wangchuan', kind: L }],
    speakers: [],
    lang: 'zh',
  },

  // ---------------- Chinese (simplified): courts and police ----------------
  {
    // The paper reports; the defendant speaks.
    text: `据《南方法制报》报道，被告人郑凯在庭审中说：“我承认收了钱，但从未替任何人办事。”`,
    names: [
      { name: '南方法制报', entity: 'nanfang-fazhibao', kind: O },
      { name: '郑凯', entity: 'zheng-kai', kind: P },
    ],
    speakers: ['zheng-kai'],
    lang: 'zh',
  },
  {
    // The operation's name is not a quotation.
    text: `警方将此次行动命名为“清源行动”。市公安局局长马振东说：“我们将持续保持高压态势，绝不手软。”`,
    names: [{ name: '马振东', entity: 'ma-zhendong', kind: P }],
    speakers: ['ma-zhendong'],
    lang: 'zh',
  },
  {
    // Hard: the victim is named, her mother is not.
    text: `受害者王小雨的母亲在写给法院的信中写道：“我只想知道，那天晚上到底发生了什么。”`,
    names: [{ name: '王小雨', entity: 'wang-xiaoyu', kind: P }],
    speakers: [null],
    lang: 'zh',
  },
  {
    // Hard: the prosecutor reads it out; the defendant wrote it.
    text: `检察官孔德明在庭上宣读了被告人许志强案发前发给同伙的短信：“货已经到了，老地方见。”`,
    names: [
      { name: '孔德明', entity: 'kong-deming', kind: P },
      { name: '许志强', entity: 'xu-zhiqiang', kind: P },
    ],
    speakers: ['xu-zhiqiang'],
    lang: 'zh',
  },
  {
    // The court in its own voice; the city inside its name is a place.
    text: `澜江市中级人民法院在判决书中指出，被告单位的行为“严重扰乱了市场秩序，损害了消费者的合法权益”。`,
    names: [
      { name: '澜江市中级人民法院', entity: 'lanjiang-court', kind: O },
      { name: '澜江市', entity: 'lanjiang', kind: L },
    ],
    speakers: ['lanjiang-court'],
    lang: 'zh',
  },

  // ---------------- Chinese (simplified): disasters ----------------
  {
    // The second speaker is unnamed, and the named official is the addressee.
    text: `“我们没有收到任何正式通知。”澜江市副市长周海峰对记者说。\n\n“你们必须给我们一个交代！”一名遇难者家属在会上对周海峰喊道。`,
    names: [
      { name: '澜江市', entity: 'lanjiang', kind: L },
      { name: '周海峰', entity: 'zhou-haifeng', kind: P },
    ],
    speakers: ['zhou-haifeng', null],
    lang: 'zh',
  },
  {
    text: `据新华社报道，应急管理部当晚通报称，“目前已有一千二百余名救援人员抵达灾区，搜救工作正在争分夺秒进行”。`,
    names: [
      { name: '新华社', entity: 'xinhua', kind: O },
      { name: '应急管理部', entity: 'mem-china', kind: O },
    ],
    speakers: ['mem-china'],
    lang: 'zh',
  },
  {
    text: `气象专家吴雨桐分析了此次台风的路径。她说，“这是近十年来登陆本省的最强台风，沿海地区务必提前撤离。”`,
    names: [{ name: '吴雨桐', entity: 'wu-yutong', kind: P }],
    speakers: ['wu-yutong'],
    lang: 'zh',
  },
  {
    // Continued into a second paragraph: counts once per paragraph.
    text: `省长何静在新闻发布会上说：“灾后重建工作必须把群众的安危放在第一位。\n\n“我们将在三个月内让所有受灾家庭住进安置房，这一点没有讨价还价的余地。”`,
    names: [{ name: '何静', entity: 'he-jing', kind: P }],
    speakers: ['he-jing', 'he-jing'],
    lang: 'zh',
  },
  {
    // A quotation interrupted by 他说: two pairs of marks.
    text: `地震发生后，村民李桂芳告诉记者：“房子一下子就塌了，我抱着孙子跑了出来。”\n\n救援队队长唐毅说，目前最大的困难是道路中断。“重型机械根本进不来，”他说，“我们只能靠人力一点点挖。”`,
    names: [
      { name: '李桂芳', entity: 'li-guifang', kind: P },
      { name: '唐毅', entity: 'tang-yi', kind: P },
    ],
    speakers: ['li-guifang', 'tang-yi', 'tang-yi'],
    lang: 'zh',
  },

  // ---------------- Chinese (simplified): business and culture ----------------
  {
    // Reported speech first, then a direct quotation after a pronoun.
    text: `星河集团董事长罗建明表示，集团将在明年上半年完成重组。他还强调，“裁员不是我们的选项”。`,
    names: [
      { name: '星河集团', entity: 'xinghe-group', kind: O },
      { name: '罗建明', entity: 'luo-jianming', kind: P },
    ],
    speakers: ['luo-jianming'],
    lang: 'zh',
  },
  {
    // Hard: an unnamed employee does not speak for the company.
    text: `星河集团的一名员工对本报说：“工厂停产的消息，我们也是从新闻里才知道的。”`,
    names: [{ name: '星河集团', entity: 'xinghe-group', kind: O }],
    speakers: [null],
    lang: 'zh',
  },
  {
    // The magazine's editorial is the magazine speaking.
    text: `蓝鲸科技创始人方子航接受《财经周刊》专访时说：“我们不会为了上市而上市。”\n\n《财经周刊》同期刊发的社论则写道：“资本市场需要的是耐心，而不是故事。”`,
    names: [
      { name: '蓝鲸科技', entity: 'lanjing-tech', kind: O },
      { name: '方子航', entity: 'fang-zihang', kind: P },
      { name: '财经周刊', entity: 'caijing-weekly', kind: O },
    ],
    speakers: ['fang-zihang', 'caijing-weekly'],
    lang: 'zh',
  },
  {
    // A book title and a programme's name: neither is a quotation.
    text: `在新书《逆风而行》的发布会上，作家沈墨说：“这本书写的是我父亲那一代人。”沈墨曾主持电视节目“今夜有约”长达十年。`,
    names: [{ name: '沈墨', entity: 'shen-mo', kind: P }],
    speakers: ['shen-mo'],
    lang: 'zh',
  },

  // ---------------- Chinese (simplified): sport ----------------
  {
    text: `“今天的胜利属于每一位球迷。”赛后，主教练孙立伟这样总结。队长韩冬则表示，球队下一场仍会全力以赴。`,
    names: [
      { name: '孙立伟', entity: 'sun-liwei', kind: P },
      { name: '韩冬', entity: 'han-dong', kind: P },
    ],
    speakers: ['sun-liwei'],
    lang: 'zh',
  },
  {
    // The second has no speech verb, only a colon after the speaker.
    text: `韩冬说：“我们踢得并不好。”孙立伟却不这么看：“年轻球员的表现让我很满意。”`,
    names: [
      { name: '韩冬', entity: 'han-dong', kind: P },
      { name: '孙立伟', entity: 'sun-liwei', kind: P },
    ],
    speakers: ['han-dong', 'sun-liwei'],
    lang: 'zh',
  },

  // ---------------- Chinese (traditional) ----------------
  {
    // Only the first is a quotation; the reply is reported speech.
    text: `立法委員林志豪昨日質詢時指出：「這項條例根本沒有經過充分討論。」行政院發言人黃雅琪則回應，行政院尊重立法院的職權，並將持續與各黨團溝通。`,
    names: [
      { name: '林志豪', entity: 'lin-zhihao', kind: P },
      { name: '行政院', entity: 'executive-yuan', kind: O },
      { name: '黃雅琪', entity: 'huang-yaqi', kind: P },
      { name: '立法院', entity: 'legislative-yuan', kind: O },
    ],
    speakers: ['lin-zhihao'],
    lang: 'zh-Hant',
  },
  {
    text: `「我們會上訴到底。」被告律師蔡明哲在法院外告訴記者。他的當事人、前議員劉國棟當天被判入獄三年。`,
    names: [
      { name: '蔡明哲', entity: 'cai-mingzhe', kind: P },
      { name: '劉國棟', entity: 'liu-guodong', kind: P },
    ],
    speakers: ['cai-mingzhe'],
    lang: 'zh-Hant',
  },
  {
    text: `據《明光日報》報道，消防處發言人鄭家豪表示：「火勢已於凌晨三時受控，暫無人員傷亡。」`,
    names: [
      { name: '明光日報', entity: 'mingguang-daily', kind: O },
      { name: '消防處', entity: 'fire-services', kind: O },
      { name: '鄭家豪', entity: 'cheng-kahou', kind: P },
    ],
    speakers: ['cheng-kahou'],
    lang: 'zh-Hant',
  },
  {
    // Hard: nobody is said to have spoken it.
    text: `「規則就是規則。」\n\n這句話在賽後被反覆提起，但沒有人知道是誰最先說的。裁判長范志剛拒絕接受採訪。`,
    names: [{ name: '范志剛', entity: 'fan-zhigang', kind: P }],
    speakers: [null],
    lang: 'zh-Hant',
  },
  {
    text: `“這是我職業生涯最艱難的一場比賽。”網球名將許雅婷賽後說。她的對手、洛萬尼亞選手安娜·科瓦奇則表示：“我還會回來的。”`,
    names: [
      { name: '許雅婷', entity: 'hsu-yating', kind: P },
      { name: '洛萬尼亞', entity: 'lovania', kind: S },
      { name: '安娜·科瓦奇', entity: 'anna-kovac', kind: P },
    ],
    speakers: ['hsu-yating', 'anna-kovac'],
    lang: 'zh-Hant',
  },

  // ---------------- Japanese: politics and diplomacy ----------------
  {
    text: `外務省の報道官、佐々木真理子氏は十一日の記者会見で「日本政府として深い懸念を表明する」と述べた。`,
    names: [
      { name: '外務省', entity: 'mofa-japan', kind: O },
      { name: '佐々木真理子', entity: 'sasaki-mariko', kind: P },
    ],
    speakers: ['sasaki-mariko'],
    lang: 'ja',
  },
  {
    // The news agency reports; the minister speaks.
    text: `共同通信によると、エストリアのマレク外相は「交渉の扉は閉ざされていない」と語った。`,
    names: [
      { name: '共同通信', entity: 'kyodo', kind: O },
      { name: 'エストリア', entity: 'estria', kind: S },
      { name: 'マレク', entity: 'marek', kind: P },
    ],
    speakers: ['marek'],
    lang: 'ja',
  },
  {
    text: `野党・民政党の石川誠代表は「国民への説明が全く足りない」と政府を批判した。これに対し、松本浩二官房長官は記者会見で「丁寧な説明を尽くしている」と反論した。`,
    names: [
      { name: '民政党', entity: 'minseito', kind: O },
      { name: '石川誠', entity: 'ishikawa-makoto', kind: P },
      { name: '松本浩二', entity: 'matsumoto-koji', kind: P },
    ],
    speakers: ['ishikawa-makoto', 'matsumoto-koji'],
    lang: 'ja',
  },
  {
    text: `政府関係者は「年内の合意は難しい」との見方を示した。ロヴァニア側は沈黙を守っている。`,
    names: [{ name: 'ロヴァニア', entity: 'lovania', kind: S }],
    speakers: [null],
    lang: 'ja',
  },
  {
    // The ministry in its own voice, referred back to as 同省.
    text: `外務省は十二日、エストリア全土の危険情報をレベル3に引き上げた。同省は「現地の邦人の安全確保に万全を期す」と発表した。`,
    names: [
      { name: '外務省', entity: 'mofa-japan', kind: O },
      { name: 'エストリア', entity: 'estria', kind: S },
    ],
    speakers: ['mofa-japan'],
    lang: 'ja',
  },
  {
    text: `ロヴァニア政府は十三日に声明を出し、「いかなる圧力にも屈しない」と表明した。`,
    names: [{ name: 'ロヴァニア', entity: 'lovania', kind: S }],
    speakers: ['lovania'],
    lang: 'ja',
  },
  {
    // Hard: the capital is listed as a place, and the state named is the target.
    text: `エストリアが国境付近で大規模な軍事演習を始めたことについて、カルダは「地域の安定を損なう挑発だ」と非難した。`,
    names: [
      { name: 'エストリア', entity: 'estria', kind: S },
      { name: 'カルダ', entity: 'kalda', kind: L },
    ],
    speakers: [null],
    lang: 'ja',
  },
  {
    // Addressee with に対し; the prime minister is 首相 the second time.
    text: `村上首相は十四日、ロヴァニア外相のペトロフ氏と会談した。首相はペトロフ氏に対し、「両国の協力は新たな段階に入った」と伝えた。\n\nペトロフ氏は「日本は信頼できるパートナーだ」と応じた。`,
    names: [
      { name: '村上', entity: 'murakami-shuichi', kind: P },
      { name: 'ロヴァニア', entity: 'lovania', kind: S },
      { name: 'ペトロフ', entity: 'ivan-petrov', kind: P },
    ],
    speakers: ['murakami-shuichi', 'ivan-petrov'],
    lang: 'ja',
  },
  {
    // Continued into a second paragraph: counts once per paragraph.
    text: `村上修一首相は記者会見の冒頭、次のように述べた。「被災地の復旧に政府の総力を挙げる。\n\n「必要な予算は予備費から直ちに充てる。国民の皆さんには、引き続き警戒をお願いしたい」`,
    names: [{ name: '村上修一', entity: 'murakami-shuichi', kind: P }],
    speakers: ['murakami-shuichi', 'murakami-shuichi'],
    lang: 'ja',
  },
  {
    // Hard: the source is unnamed, but the speaker is named.
    text: `関係者によると、エストリアのマレク外相は会談の席で「この条件では署名できない」と伝えたという。`,
    names: [
      { name: 'エストリア', entity: 'estria', kind: S },
      { name: 'マレク', entity: 'marek', kind: P },
    ],
    speakers: ['marek'],
    lang: 'ja',
  },
  {
    // A term in 『…』 inside the quotation counts with it.
    text: `経済再生相の川口紀子氏は「いわゆる『年収の壁』の問題に正面から取り組む」と語った。`,
    names: [{ name: '川口紀子', entity: 'kawaguchi-noriko', kind: P }],
    speakers: ['kawaguchi-noriko'],
    lang: 'ja',
  },
  {
    // A two-character scare quote only: no quotation.
    text: `与党・国民協和党内では、内閣支持率の低下を受けて次の選挙での「逆風」を懸念する声が広がっている。`,
    names: [{ name: '国民協和党', entity: 'kokumin-kyowato', kind: O }],
    speakers: [],
    lang: 'ja',
  },

  // ---------------- Japanese: courts and police ----------------
  {
    text: `青葉地裁の佐藤健一裁判長は判決で「被告の責任は極めて重い」と述べ、懲役十二年を言い渡した。弁護側は「判決内容を精査して対応を検討する」とコメントした。`,
    names: [
      { name: '青葉地裁', entity: 'aoba-district-court', kind: O },
      { name: '佐藤健一', entity: 'sato-kenichi', kind: P },
    ],
    speakers: ['sato-kenichi', null],
    lang: 'ja',
  },
  {
    text: `最高裁は「表現の自由を過度に制約するものだ」として、条例の規定を違憲と判断した。`,
    names: [{ name: '最高裁', entity: 'supreme-court-japan', kind: O }],
    speakers: ['supreme-court-japan'],
    lang: 'ja',
  },
  {
    // Hard: the prosecutors cite it; the defendant wrote it.
    text: `青葉地検は冒頭陳述で、山口哲也被告が事件の前夜、知人に「明日、全部終わらせる」とメッセージを送っていたと指摘した。`,
    names: [
      { name: '青葉地検', entity: 'aoba-prosecutors', kind: O },
      { name: '山口哲也', entity: 'yamaguchi-tetsuya', kind: P },
    ],
    speakers: ['yamaguchi-tetsuya'],
    lang: 'ja',
  },
  {
    // Hard: the victim is named, her mother is not.
    text: `亡くなった小林美咲さんの母親は、裁判所に提出した意見陳述書で「娘の未来を返してほしい」と訴えた。`,
    names: [{ name: '小林美咲', entity: 'kobayashi-misaki', kind: P }],
    speakers: [null],
    lang: 'ja',
  },
  {
    // A nested quotation in 『…』 counts with the outer one.
    text: `元実業団選手の岡田翔太さんは「監督から『お前はもう要らない』と言われ、頭が真っ白になった」と法廷で証言した。`,
    names: [{ name: '岡田翔太', entity: 'okada-shota', kind: P }],
    speakers: ['okada-shota'],
    lang: 'ja',
  },
  {
    // The operation's name is not a quotation; the investigator is unnamed.
    text: `警視庁は一連の摘発を「オペレーション・ブルー」と名付けた。捜査幹部は「組織の全容解明を目指す」と話している。`,
    names: [{ name: '警視庁', entity: 'tokyo-mpd', kind: O }],
    speakers: [null],
    lang: 'ja',
  },

  // ---------------- Japanese: disasters and local news ----------------
  {
    text: `「想定を超える揺れだった」と北浜市の大森健一市長は語った。市内では少なくとも三棟の住宅が全壊した。`,
    names: [
      { name: '北浜市', entity: 'kitahama', kind: L },
      { name: '大森健一', entity: 'omori-kenichi', kind: P },
    ],
    speakers: ['omori-kenichi'],
    lang: 'ja',
  },
  {
    text: `気象庁は「記録的な大雨となるおそれがある」として、青葉県全域に厳重な警戒を呼びかけている。`,
    names: [
      { name: '気象庁', entity: 'jma', kind: O },
      { name: '青葉県', entity: 'aoba', kind: L },
    ],
    speakers: ['jma'],
    lang: 'ja',
  },
  {
    text: `青葉県の高畑由紀知事は十日、県議会で新たな子育て支援策を発表した。同氏は「若い世代が安心して暮らせる県をつくる」と強調した。`,
    names: [
      { name: '青葉県', entity: 'aoba', kind: L },
      { name: '高畑由紀', entity: 'takahata-yuki', kind: P },
    ],
    speakers: ['takahata-yuki'],
    lang: 'ja',
  },
  {
    text: `避難所に身を寄せる住民の女性（72）は「家が流されるのを見ているしかなかった」と声を詰まらせた。\n\n救助隊を率いる北浜市消防局の長谷川剛隊長は「道路が寸断され、重機が入れない。人力で捜索を続ける」と話した。`,
    names: [
      { name: '北浜市消防局', entity: 'kitahama-fire', kind: O },
      { name: '北浜市', entity: 'kitahama', kind: L },
      { name: '長谷川剛', entity: 'hasegawa-tsuyoshi', kind: P },
    ],
    speakers: [null, 'hasegawa-tsuyoshi'],
    lang: 'ja',
  },
  {
    // Cleft: the speaker comes after 話すのは.
    text: `「この町に戻ってくる若者を一人でも増やしたい」と話すのは、桜ヶ丘町で古民家カフェを営む西田彩さん（34）だ。`,
    names: [
      { name: '桜ヶ丘町', entity: 'sakuragaoka', kind: L },
      { name: '西田彩', entity: 'nishida-aya', kind: P },
    ],
    speakers: ['nishida-aya'],
    lang: 'ja',
  },
  {
    // The paper's title is not a quotation; its editorial is the paper speaking.
    text: `『北浜新報』は十五日付の社説で「行政の説明責任が問われている」と指摘した。`,
    names: [{ name: '北浜新報', entity: 'kitahama-shimpo', kind: O }],
    speakers: ['kitahama-shimpo'],
    lang: 'ja',
  },

  // ---------------- Japanese: business and culture ----------------
  {
    // Reported speech first, then a direct quotation.
    text: `東邦電機の藤原隆社長は記者会見で、来年度中に国内の二工場を閉鎖する方針を明らかにした。藤原社長は「苦渋の決断だが、会社の存続のためには避けられない」と述べた。`,
    names: [
      { name: '東邦電機', entity: 'toho-denki', kind: O },
      { name: '藤原隆', entity: 'fujiwara-takashi', kind: P },
      { name: '藤原', entity: 'fujiwara-takashi', kind: P },
    ],
    speakers: ['fujiwara-takashi'],
    lang: 'ja',
  },
  {
    // Hard: an unnamed worker does not speak for the company.
    text: `東邦電機の工場で働く男性は「突然の閉鎖で、家族にどう説明すればいいのか」と戸惑いを隠さなかった。`,
    names: [{ name: '東邦電機', entity: 'toho-denki', kind: O }],
    speakers: [null],
    lang: 'ja',
  },
  {
    // A book title in 『…』 inside the quotation is not a quotation.
    text: `作家の森下葵さんは「『海の記憶』は祖母から聞いた話がもとになっている」と明かした。`,
    names: [{ name: '森下葵', entity: 'morishita-aoi', kind: P }],
    speakers: ['morishita-aoi'],
    lang: 'ja',
  },

  // ---------------- Japanese: sport ----------------
  {
    text: `「最後まで諦めなかった選手たちを誇りに思う」。試合後、北浜ブレイズの三浦亮監督はこう語った。`,
    names: [
      { name: '北浜ブレイズ', entity: 'kitahama-blaze', kind: O },
      { name: '三浦亮', entity: 'miura-ryo', kind: P },
    ],
    speakers: ['miura-ryo'],
    lang: 'ja',
  },
  {
    text: `主将の中村大地選手は「前半の失点が全て」と肩を落とした。三浦監督は「内容は悪くない」と前を向いた。`,
    names: [
      { name: '中村大地', entity: 'nakamura-daichi', kind: P },
      { name: '三浦', entity: 'miura-ryo', kind: P },
    ],
    speakers: ['nakamura-daichi', 'miura-ryo'],
    lang: 'ja',
  },
  {
    // Hard: nobody is said to have spoken it.
    text: `「ルールはルールだ」――。\n\n試合後、この言葉がSNS上で繰り返し引用された。審判長の吉川正人氏は取材に応じなかった。`,
    names: [{ name: '吉川正人', entity: 'yoshikawa-masato', kind: P }],
    speakers: [null],
    lang: 'ja',
  },
];
