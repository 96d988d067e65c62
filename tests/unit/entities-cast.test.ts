// Shapes met on fresh real pages (December 2026 dev set), with sentences written for the test: a
// ticker with its exchange code, a bank's securities arm, variant Han forms (爲, 啓), and the cast
// of this news the KB lacked (investors, brokers, media, people). Runs on the real KB.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/analysis/entities/find';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const found = (text: string) => findEntities(normalize(text), text, kb).mentions.map((m) => `${m.entityId}:${m.surface}`);

describe('a ticker with its exchange code', () => {
  it('takes the code after a letter ticker (.O, -US); a digits-only code keeps its own span', () => {
    expect(found('エヌビディア(NVDA.O)と騰訊(0700-HK)、阿里巴巴集團(BABA-US)。')).toEqual([
      'nvidia:エヌビディア',
      'nvidia:NVDA.O',
      'tencent:騰訊',
      'tencent:0700',
      'alibaba:阿里巴巴集團',
      'alibaba:BABA-US',
    ]);
  });

  it('not a full stop and a word after a ticker, nor a code after a name', () => {
    expect(found('Traders bought NVDA. Others sold.')).toEqual(['nvidia:NVDA']);
    expect(found('Nvidia.O is no ticker.')).toEqual(['nvidia:Nvidia']);
  });
});

describe("a bank's securities arm", () => {
  it('is one mention with the bank', () => {
    expect(found('高盛證券報告指出,摩根士丹利证券也上調目標價。')).toEqual(['goldman-sachs:高盛證券', 'morgan-stanley:摩根士丹利证券']);
  });
  it('only after a bank', () => {
    expect(found('騰訊證券業務')).toEqual(['tencent:騰訊']);
  });
});

describe('a model family named with 大模型', () => {
  it('is one mention, as the KB writes 豆包大模型', () => {
    expect(found('百度智能云宣布文心大模型两款主力模型免费,通义千问大模型也降价。')).toEqual([
      'baidu-ai-cloud:百度智能云',
      'ernie-bot:文心大模型',
      'qwen:通义千问大模型',
    ]);
  });
});

describe('variant Han forms', () => {
  it('reads 爲 as 為 and 啓 as 啟', () => {
    expect(found('包括阿里、華爲、DeepSeek。')).toContain('huawei:華爲');
    expect(found('啓明創投が主導した。')).toEqual(['qiming-venture-partners:啓明創投']);
  });
});

describe('the cast of this news', () => {
  it('investors, in each script and with a stray space', () => {
    expect(found('投資人包括 IDG 資本和高榕資本,以及紅杉中國。')).toEqual(['idg-capital:IDG 資本', 'gaorong-capital:高榕資本', 'hongshan:紅杉中國']);
    expect(found('The round drew 5Y Capital, Monolith Management and ZhenFund.')).toEqual([
      'five-y-capital:5Y Capital',
      'monolith-management:Monolith Management',
      'zhenfund:ZhenFund',
    ]);
  });

  it('media and their columns', () => {
    expect(found('据华尔街见闻旗下追风交易台消息,智通财经报道。')).toEqual(['wallstreetcn:华尔街见闻', 'wallstreetcn:追风交易台', 'zhitong-finance:智通财经']);
  });

  it('an ambiguous short name needs its context', () => {
    expect(found('这是一只大基金。')).toEqual([]);
    expect(found('大基金三期已投资半导体设备公司。')).toEqual(['big-fund:大基金三期']);
    expect(found('投资界人士认为估值过高。')).toEqual([]);
  });

  it('people, brokers and chips', () => {
    expect(found('腾讯任命姚顺雨为首席AI科学家;浙商证券与申万宏源发布研报。')).toEqual([
      'tencent:腾讯',
      'yao-shunyu:姚顺雨',
      'zheshang-securities:浙商证券',
      'shenwan-hongyuan:申万宏源',
    ]);
    expect(found('Huawei is testing the Ascend 910D against the H100.')).toEqual(['huawei:Huawei', 'ascend-910d:Ascend 910D', 'nvidia-h100:H100']);
  });
});

describe('short names that are also words stay guarded', () => {
  it('a Japanese name does not fold into a Chinese word (霊光 is 灵光一现)', () => {
    expect(found('他灵光一现,想到了办法。')).toEqual([]);
    expect(found('蚂蚁集团发布灵光App,灵光上线三天下载突破50万。')).toEqual(['ant-group:蚂蚁集团', 'lingguang:灵光App', 'lingguang:灵光']);
  });
  it('a magazine named like a phrase needs its context', () => {
    expect(found('很多中国企业家认为AI很重要。')).toEqual([]);
    expect(found('《中国企业家》记者独家获悉,智元机器人正在融资。')).toEqual(['china-entrepreneur:中国企业家', 'agibot:智元机器人']);
  });
  it("the Kunlun chip's short name only near Baidu or chips", () => {
    expect(found('崑崙山脈を越えた。')).toEqual([]);
    expect(found('百度はAI半導体「崑崙(クンルン)」を発表した。')).toEqual(['baidu:百度', 'kunlun-chip:崑崙', 'kunlun-chip:クンルン']);
  });
});

describe('surnames derived for people the KB gives none', () => {
  it('the Latin surname is the word the Han surname reads as, in either order', () => {
    expect(found('Tencent named Yao Shunyu chief AI scientist. Yao joined from OpenAI.')).toEqual([
      'tencent:Tencent',
      'yao-shunyu:Yao Shunyu',
      'yao-shunyu:Yao',
      'openai:OpenAI',
    ]);
    expect(found('HongShan founder Neil Shen met founders. Shen said AI is a new era.')).toContain('neil-shen:Shen');
  });
  it('the Han surname, compound ones whole, with a title after it', () => {
    expect(found('欧阳剑是昆仑芯CEO。欧阳总表示芯片出货增长。')).toEqual(['ouyang-jian:欧阳剑', 'kunlunxin:昆仑芯', 'ouyang-jian:欧阳']);
  });
  it('not before the full name, not as an ordinary word, not starting another name', () => {
    expect(found('Tan said prices fell. Later, Tan Dai spoke.')).toEqual(['tan-dai:Tan Dai']);
    expect(found('Tan Dai spoke. Her skin was tan. Tan Bank is different.')).toEqual(['tan-dai:Tan Dai']);
  });
});
