// Country names for the lower-case ISO 3166-1 alpha-3 codes of trade data: the alpha-2 code of each, named in
// the interface language by Intl.DisplayNames; unknown codes are shown as they are, upper-cased.
const PAIRS = `afg af ago ao aia ai alb al and ad are ae arg ar arm am asm as atf tf atg ag aus au aut at aze az bdi bi bel be ben bj
bfa bf bgd bd bgr bg bhr bh bhs bs bih ba blr by blz bz bmu bm bol bo bra br brb bb brn bn btn bt bvt bv bwa bw caf cf can ca cck cc
che ch chl cl chn cn civ ci cmr cm cod cd cog cg cok ck col co com km cpv cv cri cr cub cu cxr cx cym ky cyp cy cze cz deu de dji dj
dma dm dnk dk dom do dza dz ecu ec egy eg eri er esh eh esp es est ee eth et fin fi fji fj flk fk fra fr fro fo fsm fm gab ga gbr gb
geo ge gha gh gib gi gin gn gmb gm gnb gw gnq gq grc gr grd gd grl gl gtm gt gum gu guy gy hkg hk hmd hm hnd hn hrv hr hti ht hun hu
idn id ind in iot io irl ie irn ir irq iq isl is isr il ita it jam jm jor jo jpn jp kaz kz ken ke kgz kg khm kh kir ki kna kn kor kr
kwt kw lao la lbn lb lbr lr lby ly lca lc lka lk lso ls ltu lt lux lu lva lv mac mo mar ma mda md mdg mg mdv mv mex mx mhl mh mkd mk
mli ml mlt mt mmr mm mne me mng mn mnp mp moz mz mrt mr msr ms mus mu mwi mw mys my nam na ncl nc ner ne nfk nf nga ng nic ni niu nu
nld nl nor no npl np nru nr nzl nz omn om pak pk pan pa pcn pn per pe phl ph plw pw png pg pol pl prk kp prt pt pry py pse ps pyf pf
qat qa rus ru rwa rw sau sa sdn sd sen sn sgp sg sgs gs shn sh slb sb sle sl slv sv smr sm som so spm pm srb rs stp st sur sr svk sk
svn si swe se swz sz syc sc syr sy tca tc tcd td tgo tg tha th tjk tj tkl tk tkm tm ton to tto tt tun tn tur tr tuv tv tza tz uga ug
ukr ua umi um ury uy usa us uzb uz vat va vct vc ven ve vgb vg vnm vn vut vu wlf wf wsm ws yem ye zaf za zmb zm zwe zw`.split(/\s+/);

const ALPHA2 = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) ALPHA2.set(PAIRS[i]!, PAIRS[i + 1]!.toUpperCase());

export function alpha2(code: string): string | undefined {
  return ALPHA2.get(code.toLowerCase());
}

/** A function naming countries in `locale` ("Belarus"), falling back to the upper-cased code. */
export function countryNamer(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    names = undefined;
  }
  return (code) => {
    const two = alpha2(code);
    return (two && names?.of(two)) || code.toUpperCase();
  };
}
