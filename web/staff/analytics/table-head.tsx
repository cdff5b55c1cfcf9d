/** A data table's column headings. */
export function TableHead({ header }: { header: string[] }) {
  return (
    <thead>
      <tr>
        {header.map((h) => (
          <th scope="col" key={h}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

