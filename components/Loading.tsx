/** A line saying what is on its way (a part's code, text or data), read out once as a status. */
export function Loading(props: { text: string }) {
  return (
    <p class="loading" role="status">
      {props.text}
    </p>
  );
}
