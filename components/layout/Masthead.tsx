import Link from "next/link";

export function Masthead({ name, tagline }: { name: string; tagline: string }) {
  return (
    <div className="masthead container">
      <Link href="/" className="masthead-name">
        {name}
      </Link>
      <p className="masthead-tagline">{tagline}</p>
    </div>
  );
}
