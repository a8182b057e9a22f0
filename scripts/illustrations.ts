// Simple SVG illustrations for sample content: landscapes, charts and portraits drawn from a seed.

export const SCENES = ["skyline", "mountains", "harbour", "fields", "chart", "network", "river", "desert"] as const;
export type Scene = (typeof SCENES)[number];

const W = 1600;
const H = 900;

/** A small deterministic random generator seeded from a string. */
function seeded(seedText: string): () => number {
  let h = 2166136261;
  for (const char of seedText) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h)} ${Math.round(s)}% ${Math.round(l)}%)`;

function sky(rand: () => number, hue: number, dusk: boolean): string {
  const top = dusk ? hsl(hue + 220, 45, 22) : hsl(205 + rand() * 20, 60, 62);
  const bottom = dusk ? hsl(hue + 20, 80, 66) : hsl(45 + rand() * 20, 70, 86);
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="${300 + rand() * 1000}" cy="${180 + rand() * 160}" r="${60 + rand() * 50}" fill="${dusk ? hsl(hue + 30, 90, 75) : hsl(50, 95, 92)}" opacity="0.9"/>`;
}

function ridge(rand: () => number, baseY: number, amplitude: number, color: string, steps = 12): string {
  const points = [`0,${H}`];
  for (let i = 0; i <= steps; i++) points.push(`${(i / steps) * W},${baseY - rand() * amplitude}`);
  points.push(`${W},${H}`);
  return `<polygon points="${points.join(" ")}" fill="${color}"/>`;
}

const draw: Record<Scene, (rand: () => number, hue: number) => string> = {
  skyline: (rand, hue) => {
    let out = sky(rand, hue, true);
    for (const [layer, light] of [
      [0, 30],
      [1, 18],
    ] as const) {
      for (let x = -20; x < W; x += 60 + rand() * 80) {
        const w = 50 + rand() * 90,
          h = 180 + rand() * (layer ? 380 : 260);
        out += `<rect x="${x}" y="${H - h}" width="${w}" height="${h}" fill="${hsl(hue + 220, 25, light)}"/>`;
        if (layer)
          for (let y = H - h + 20; y < H - 20; y += 36)
            if (rand() > 0.55)
              out += `<rect x="${x + 12}" y="${y}" width="14" height="18" fill="${hsl(48, 90, 70)}" opacity="0.8"/>`;
      }
    }
    return out;
  },
  mountains: (rand, hue) =>
    sky(rand, hue, false) +
    [0, 1, 2, 3]
      .map((i) => ridge(rand, 420 + i * 110, 260 - i * 40, hsl(hue + 180 + i * 8, 25, 55 - i * 11), 7 + i * 3))
      .join(""),
  harbour: (rand, hue) => {
    let out = sky(rand, hue, true) + `<rect y="560" width="${W}" height="340" fill="${hsl(hue + 200, 45, 28)}"/>`;
    for (let i = 0; i < 4; i++) {
      const x = 120 + i * 360 + rand() * 120,
        y = 540 + rand() * 90,
        len = 220 + rand() * 120;
      out += `<polygon points="${x},${y} ${x + len},${y} ${x + len - 30},${y + 50} ${x + 20},${y + 50}" fill="${hsl(hue + i * 40, 50, 30)}"/>`;
      for (let c = 0; c < 4; c++)
        out += `<rect x="${x + 30 + c * 42}" y="${y - 30}" width="38" height="30" fill="${hsl(hue + c * 70, 65, 50)}"/>`;
    }
    return out;
  },
  fields: (rand, hue) => {
    let out = sky(rand, hue, false);
    for (let i = 0; i < 9; i++)
      out += `<polygon points="0,${480 + i * 48} ${W},${440 + i * 52} ${W},${H} 0,${H}" fill="${hsl(70 + rand() * 60, 50, 55 - i * 3)}"/>`;
    return out;
  },
  chart: (rand, hue) => {
    let out = `<rect width="${W}" height="${H}" fill="${hsl(hue, 30, 94)}"/>`;
    for (let y = 150; y < 800; y += 130)
      out += `<line x1="120" x2="1480" y1="${y}" y2="${y}" stroke="${hsl(hue, 15, 75)}" stroke-width="3"/>`;
    const points: string[] = [];
    for (let i = 0; i < 10; i++) {
      const h = 120 + rand() * 520,
        x = 160 + i * 132;
      out += `<rect x="${x}" y="${800 - h}" width="84" height="${h}" fill="${hsl(hue + 190, 55, 45)}"/>`;
      points.push(`${x + 42},${780 - h}`);
    }
    return (
      out +
      `<polyline points="${points.join(" ")}" fill="none" stroke="${hsl(hue + 10, 80, 48)}" stroke-width="10" stroke-linejoin="round"/>`
    );
  },
  network: (rand, hue) => {
    let out = `<rect width="${W}" height="${H}" fill="${hsl(hue + 220, 45, 14)}"/>`;
    const nodes = Array.from({ length: 28 }, () => [80 + rand() * 1440, 80 + rand() * 740] as const);
    nodes.forEach(([x, y], i) => {
      const [nx, ny] = nodes[(i * 7 + 3) % nodes.length]!;
      const [mx, my] = nodes[(i + 1) % nodes.length]!;
      out += `<path d="M${x} ${y}L${nx} ${ny}M${x} ${y}L${mx} ${my}" stroke="${hsl(hue + 180, 60, 60)}" stroke-width="3" opacity="0.6"/>`;
    });
    nodes.forEach(
      ([x, y]) =>
        (out += `<circle cx="${x}" cy="${y}" r="${10 + rand() * 16}" fill="${hsl(hue + 160 + rand() * 60, 80, 65)}"/>`),
    );
    return out;
  },
  river: (rand, hue) => {
    const bend = 300 + rand() * 300;
    return (
      sky(rand, hue, false) +
      ridge(rand, 470, 140, hsl(120 + rand() * 30, 35, 45), 9) +
      ridge(rand, 600, 90, hsl(100, 40, 38), 6) +
      `<path d="M${bend} ${H} C ${bend + 500} 780, ${bend - 200} 620, ${bend + 420} 520 L ${bend + 470} 520 C ${bend + 40} 640, ${bend + 700} 780, ${bend + 420} ${H} Z" fill="${hsl(200, 60, 55)}"/>`
    );
  },
  desert: (rand, hue) => {
    let out = sky(rand, hue, true);
    for (let i = 0; i < 4; i++) {
      const y = 520 + i * 95;
      out += `<path d="M0 ${y} Q ${300 + rand() * 500} ${y - 120 - rand() * 80} ${900 + rand() * 200} ${y - 10} T ${W} ${y - 30} V ${H} H 0 Z" fill="${hsl(30 + i * 4, 60, 62 - i * 8)}"/>`;
    }
    return out;
  },
};

export function drawScene(scene: Scene, seedText: string): string {
  const rand = seeded(seedText);
  const body = draw[scene](rand, rand() * 360);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

/** A head-and-shoulders silhouette on a coloured ground, 480×480. */
export function drawPortrait(seedText: string): string {
  const rand = seeded(seedText);
  const hue = rand() * 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
<rect width="480" height="480" fill="${hsl(hue, 45, 78)}"/>
<ellipse cx="240" cy="470" rx="${170 + rand() * 20}" ry="150" fill="${hsl(hue + 180, 35, 32)}"/>
<rect x="212" y="270" width="56" height="60" fill="${hsl(25 + rand() * 10, 40, 30 + rand() * 40)}"/>
<ellipse cx="240" cy="200" rx="88" ry="104" fill="${hsl(25 + rand() * 10, 40, 30 + rand() * 40)}"/>
<path d="M150 ${190 - rand() * 20} Q 240 ${60 - rand() * 30} 330 ${190 - rand() * 20} Q 320 110 240 100 Q 160 110 150 190 Z" fill="${hsl(20 + rand() * 30, 30, 12 + rand() * 30)}"/>
</svg>`;
}
