export default function OfficeApp({ rest }: { rest: string[] }) { return <p>{rest.join('/')}</p>; }
